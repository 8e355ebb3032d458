package nl.wijkatlas.graphql;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL answers are gzipped when the client accepts it (Tomcat's compression,
 * {@code server.compression}), whether executed or from the response cache, and the
 * unzipped bytes are the plain answer; a client that does not ask gets them plain.
 */
@WijkatlasIntegrationTest
class GraphQlCompressionIntegrationTest {

	private static final String TREE = "{\"query\":\"{ area(code: \\\"GM0193\\\") { code name children { code name children { code name children { code name } } } } }\"}";

	@LocalServerPort
	int port;

	@Test
	void shouldGzipAGraphQlAnswerOnlyWhenTheClientAcceptsIt() throws Exception {
		HttpResponse<byte[]> plain = post(null, "no-cache");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.body().length).isGreaterThan(1024);
		for (String cacheControl : new String[] { "no-cache", null }) {
			HttpResponse<byte[]> zipped = post("gzip, deflate, br", cacheControl);
			assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
			assertThat(zipped.headers().allValues("Vary").toString().toLowerCase()).contains("accept-encoding");
			byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
			assertThat(new String(unzipped, StandardCharsets.UTF_8))
				.isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
			assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
		}
	}

	private HttpResponse<byte[]> post(String acceptEncoding, String cacheControl) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(TREE));
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		if (cacheControl != null) {
			request.header("Cache-Control", cacheControl);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
