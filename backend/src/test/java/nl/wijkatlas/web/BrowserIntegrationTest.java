package nl.wijkatlas.web;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the web module's browser tests ({@code npm run e2e}: playwright-core driving the
 * system Chromium, with axe) against this application on a random port, with the real
 * database behind it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void shouldPassEveryBrowserTestAgainstTheRunningApp() throws Exception {
		Path webDir = Path.of(System.getenv().getOrDefault("WIJKATLAS_WEB_DIR", "../web")).toAbsolutePath();
		assertThat(webDir.resolve("node_modules")).as("web dependencies installed (npm ci)").isDirectory();
		ProcessBuilder builder = new ProcessBuilder("npm", "run", "--silent", "e2e").directory(webDir.toFile())
			.redirectErrorStream(true);
		builder.environment().put("WIJKATLAS_BASE_URL", "http://localhost:" + this.port);
		Process process = builder.start();
		StringBuilder output = new StringBuilder();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				System.out.println("[e2e] " + line);
				output.append(line).append('\n');
			}
		}
		boolean finished = process.waitFor(10, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		Files.writeString(Path.of("target", "e2e-output.txt"), output);
		assertThat(finished).as("browser tests finished within 10 minutes").isTrue();
		assertThat(process.exitValue()).as("browser tests exit code; output:\n%s", output).isZero();
	}

}
