package nl.wijkatlas.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile {@code Host} header (or {@code X-Forwarded-Host}) steers no absolute URL: the
 * oEmbed iframe, GraphQL's download links, the OGC API's links and the pages' own links
 * all point at the public base URL (here, unset: {@code http://localhost:<port>}). Sent
 * over a raw socket, because Java's HTTP client will not let a test choose the Host (as
 * HTTP/1.0, so the answer comes whole rather than chunked).
 */
@WijkatlasIntegrationTest
class HostHeaderIntegrationTest {

	private static final String[] HOSTILE = { "evil.example", "evil.example:8443", "localhost:1", "127.0.0.1:9" };

	@LocalServerPort
	int port;

	@Test
	void shouldBuildTheOEmbedIframeFromThePublicBaseUrl() throws IOException {
		for (String host : HOSTILE) {
			String response = get("/oembed?url=" + base() + "/gebied/WK019330", host);

			assertThat(response).as(host)
				.matches("(?s)HTTP/1\\.[01] 200.*")
				.contains("<iframe src=\\\"" + base() + "/embed/");
			assertNoHostileUrl(response, host);
		}
	}

	@Test
	void shouldBuildGraphQlDownloadLinksFromThePublicBaseUrl() throws IOException {
		String body = "{\"query\":\"{ downloads { url } indicator(code: \\\"AantalInwoners_5\\\") { csvUrl } }\"}";
		for (String host : HOSTILE) {
			String response = send("POST /graphql HTTP/1.0\r\nHost: " + host + "\r\nX-Forwarded-Host: evil.example\r\n"
					+ "Content-Type: application/json\r\nCache-Control: no-cache\r\nContent-Length: "
					+ body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);

			assertThat(response).as(host).matches("(?s)HTTP/1\\.[01] 200.*").contains("\"url\":\"" + base() + "/");
			assertThat(response).contains("\"csvUrl\":\"" + base() + "/data/indicators/AantalInwoners_5.csv");
			assertNoHostileUrl(response, host);
		}
	}

	@Test
	void shouldBuildOgcLinksAndPageLinksFromThePublicBaseUrl() throws IOException {
		for (String host : HOSTILE) {
			String ogc = get("/ogc/collections", host);
			assertThat(ogc).as(host).matches("(?s)HTTP/1\\.[01] 200.*").contains("\"href\":\"" + base() + "/ogc/");
			assertNoHostileUrl(ogc, host);

			String page = get("/gebied/WK019330", host);
			assertThat(page).as(host).matches("(?s)HTTP/1\\.[01] 200.*");
			assertNoHostileUrl(page, host);
		}
	}

	private void assertNoHostileUrl(String response, String host) {
		assertThat(response).as("the response to Host: " + host)
			.doesNotContain("evil.example")
			.doesNotContain("//" + host + "/")
			.doesNotContain("//" + host + "\"");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private String get(String path, String host) throws IOException {
		return send("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nX-Forwarded-Host: evil.example\r\n"
				+ "Accept: application/json, text/html\r\nConnection: close\r\n\r\n");
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
