package nl.wijkatlas.problem;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of every endpoint is an RFC 9457 problem ({@code application/problem+json}
 * with {@code status}, {@code title} and {@code detail}), whatever the request accepts
 * and whoever refuses it: the handlers ({@code RequestRefused}), Spring before a handler
 * runs (unknown routes, 405, 406, 415, malformed query strings and parameters), a handler
 * that answers an error without a body (Spring GraphQL's 415) and a failing upstream (the
 * address search's 502; the Locatieserver here is a closed port). Browsers asking for an
 * unknown page still get the app's HTML not-found page.
 */
@WijkatlasIntegrationTest(properties = "wijkatlas.locatieserver-url=http://127.0.0.1:9/locatieserver/")
class ProblemDetailsIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	static Stream<Arguments> errors() {
		return Stream.of(
				// Unknown routes, for API clients: JSON or no Accept at all.
				Arguments.of("GET", "/nothing-here", null, null, 404),
				Arguments.of("GET", "/nothing-here", "application/json", null, 404),
				Arguments.of("GET", "/api/nothing", "application/json", null, 404),
				// A trailing slash is another URI: 404, never a redirect.
				Arguments.of("GET", "/data/areas/buurt.geojson/", null, null, 404),
				Arguments.of("GET", "/ogc/collections/", "application/json", null, 404),
				// Downloads (/data).
				Arguments.of("GET", "/data/areas/planet.geojson", "application/geo+json", null, 404),
				Arguments.of("GET", "/data/areas/buurt.geojson?gemeente=XX", null, null, 400),
				Arguments.of("GET", "/data/indicators/AantalInwoners_5.csv?sep=x", "text/csv", null, 400),
				Arguments.of("GET", "/data/indicators/geen_indicator.csv", "text/csv", null, 404),
				Arguments.of("DELETE", "/data/areas/buurt.geojson", null, null, 405),
				Arguments.of("GET", "/data/nothing", null, null, 404),
				// OGC API.
				Arguments.of("GET", "/ogc/nothing", "application/json", null, 404),
				Arguments.of("GET", "/ogc/collections/planets", "application/json", null, 404),
				Arguments.of("POST", "/ogc/collections", null, "application/xml", 405),
				// Tiles.
				Arguments.of("GET", "/tiles/planet/1/0/0.mvt", "application/vnd.mapbox-vector-tile", null, 404),
				Arguments.of("GET", "/tiles/buurten/1/5/0.mvt", "application/vnd.mapbox-vector-tile", null, 400),
				Arguments.of("GET", "/tiles/buurten.json?gemeente=GM9999", null, null, 404),
				Arguments.of("GET", "/tiles/buurten.json", "text/csv", null, 406),
				Arguments.of("POST", "/tiles/style.json", null, "application/json", 405),
				// oEmbed.
				Arguments.of("GET", "/oembed?url=http://localhost/gebied/BU99999999", null, null, 404),
				Arguments.of("GET", "/oembed?url=http://localhost/&format=xml", "text/xml", null, 501),
				Arguments.of("GET", "/oembed?url=http://localhost/&maxwidth=wide", null, null, 400),
				Arguments.of("POST", "/oembed", null, "application/json", 405),
				// Address search.
				Arguments.of("GET", "/api/adressen", null, null, 400),
				Arguments.of("GET", "/api/adressen?q=Dobbe", "application/json", null, 502),
				Arguments.of("PUT", "/api/adressen?q=Dobbe", null, "application/json", 405),
				// GraphQL's HTTP layer (its GraphQL errors stay GraphQL responses).
				Arguments.of("POST", "/graphql", "application/json", "text/plain", 415),
				// The OpenAPI documents.
				Arguments.of("GET", "/openapi/nothing.yaml", "application/yaml", null, 404));
	}

	@ParameterizedTest(name = "{0} {1} (Accept {2}) is a {4} problem")
	@MethodSource("errors")
	void shouldAnswerEveryErrorWithAProblem(String method, String path, String accept, String contentType, int status)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (accept != null) {
			request.header("Accept", accept);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
			request.method(method, HttpRequest.BodyPublishers.ofString("x"));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = this.client.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("status").asInt()).isEqualTo(status);
		assertThat(body.path("title").asString()).isNotBlank();
		assertThat(body.path("detail").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception", "timestamp", "nl.wijkatlas");
		if (status == 405) {
			assertThat(response.headers().firstValue("Allow")).isPresent();
		}
	}

	@Test
	void shouldAnswerAMalformedQueryStringOnGraphQlWithAProblem() throws Exception {
		// java.net.URI refuses to send "%zz", so this one goes over a plain socket.
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("GET /graphql?query=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
			assertThat(head).startsWith("http/1.1 400").contains("content-type: application/problem+json");
			assertThat(answer).contains("\"status\":400", "\"title\":", "\"detail\":");
		}
	}

	@Test
	void shouldStillShowBrowsersTheAppsOwnNotFoundPage() throws Exception {
		HttpResponse<String> response = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/nothing-here"))
				.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<meta name=\"wijkatlas-status\" content=\"404\"");
	}

	@Test
	void shouldDescribeSpringsRefusalsInItsOwnWordsAndOthersPlainly() {
		assertThat(ProblemErrorController.detail(org.springframework.http.HttpStatus.NOT_FOUND, "/x", null))
			.contains("/x", "/openapi");
		assertThat(ProblemErrorController.detail(org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR, "/x",
				new IllegalStateException("select secret from nl.wijkatlas.Table")))
			.doesNotContain("secret", "nl.wijkatlas")
			.contains("request id");
	}

}
