package nl.wijkatlas.problem;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses before Spring sees them get the same problem+json as every
 * other refusal, not Tomcat's HTML page. Sent over a raw socket: HTTP clients refuse to
 * send such URLs at all.
 */
@WijkatlasIntegrationTest
class TomcatErrorsIntegrationTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/gebied/%zz", "/a%00b", "/tiles/wijken/12/%/1.mvt" })
	void shouldAnswerAMalformedRequestWithAProblem(String target) throws Exception {
		String answer;
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
		assertThat(answer).contains("\"status\":400", "\"title\":\"Bad Request\"")
			.doesNotContain("<html", "Apache Tomcat");
	}

}
