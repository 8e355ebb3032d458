package nl.wijkatlas.hardening;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the GraphQL-over-HTTP audit suite (npm {@code graphql-http}, {@code auditServer})
 * from {@code qa/audit.mjs} against this application on a random port: no errors and no
 * warnings other than those the script lists as accepted, each with its reason.
 */
@WijkatlasIntegrationTest
class HardeningGraphQlHttpAuditIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void shouldPassTheGraphQlOverHttpAudit() throws Exception {
		Path qa = Path.of("..", "qa").toAbsolutePath().normalize();
		assertThat(qa.resolve("node_modules/graphql-http")).as("qa dependencies installed (npm ci --prefix qa)")
			.isDirectory();
		Process process = new ProcessBuilder("node", "audit.mjs", "http://localhost:" + this.port + "/graphql")
			.directory(qa.toFile())
			.redirectErrorStream(true)
			.start();
		StringBuilder output = new StringBuilder();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				System.out.println("[audit] " + line);
				output.append(line).append('\n');
			}
		}
		boolean finished = process.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		Files.writeString(Path.of("target", "graphql-http-audit.txt"), output);
		assertThat(finished).as("audit finished within 5 minutes").isTrue();
		assertThat(process.exitValue()).as("audit exit code; output:\n%s", output).isZero();
	}

}
