package nl.wijkatlas.hardening;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /admin/runtime} answers only on this machine, also with the forwarded-header
 * handling the README once recommended ({@code framework}), where the client writes the
 * address the application sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=framework")
class HardeningRuntimeEndpointIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void shouldRefuseAForgedLoopbackAddressInXForwardedFor() throws Exception {
		assertThat(get("X-Forwarded-For", "127.0.0.1, 203.0.113.5").statusCode()).isEqualTo(404);
		assertThat(get("X-Forwarded-For", "127.0.0.1").statusCode()).isEqualTo(404);
		assertThat(get("Forwarded", "for=127.0.0.1").statusCode()).isEqualTo(404);
	}

	@Test
	void shouldAnswerALocalClientWithHeapAndPoolFigures() throws Exception {
		HttpResponse<String> response = get("X-Request-Id", "runtime-test");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("heapUsedMb", "poolActive");
	}

	private HttpResponse<String> get(String header, String value) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/runtime"))
				.header(header, value)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
