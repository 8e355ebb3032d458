package nl.wijkatlas.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the web module's browser tests ({@code npm run e2e}: playwright-core driving the
 * system Chromium, with axe) against this application on a random port, with the real
 * database behind it. A stand-in for the PDOK Locatieserver runs on a random local port
 * and answers {@code /free} in Locatieserver's JSON format (the address "Dobbe 70" lies
 * in Holtenbroek IV); the app is pointed at it through
 * {@code wijkatlas.locatieserver-url}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserIntegrationTest {

	static final HttpServer LOCATIESERVER = startLocatieserver();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void locatieserver(DynamicPropertyRegistry registry) {
		registry.add("wijkatlas.locatieserver-url",
				() -> "http://localhost:" + LOCATIESERVER.getAddress().getPort() + "/bzk/locatieserver/search/v3_1");
	}

	@AfterAll
	static void stopLocatieserver() {
		LOCATIESERVER.stop(0);
	}

	static HttpServer startLocatieserver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/bzk/locatieserver/search/v3_1/free", BrowserIntegrationTest::answerFree);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the Locatieserver stand-in", ex);
		}
	}

	static void answerFree(HttpExchange exchange) throws IOException {
		String query = (exchange.getRequestURI().getRawQuery() == null) ? "" : exchange.getRequestURI().getRawQuery();
		String q = "";
		for (String pair : query.split("&")) {
			if (pair.startsWith("q=")) {
				q = URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
			}
		}
		String docs = q.toLowerCase().contains("dobbe")
				? "{\"type\":\"adres\",\"weergavenaam\":\"Dobbe 70, 8032JX Zwolle\",\"id\":\"adr-stub-1\","
						+ "\"centroide_ll\":\"POINT(6.0889 52.5218)\",\"score\":12.5}"
				: "";
		byte[] body = ("{\"response\":{\"numFound\":" + (docs.isEmpty() ? 0 : 1) + ",\"start\":0,\"maxScore\":12.5,"
				+ "\"numFoundExact\":true,\"docs\":[" + docs + "]}}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

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
