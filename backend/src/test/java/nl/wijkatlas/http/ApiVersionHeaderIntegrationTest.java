package nl.wijkatlas.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code API-Version} header (NLGov API Design Rules {@code /core/version-header}):
 * the configured full semantic version on every response of every API — answers and
 * errors alike — and not on the pages and scripts of the app.
 */
@WijkatlasIntegrationTest(properties = "wijkatlas.locatieserver-url=http://127.0.0.1:9/locatieserver/")
class ApiVersionHeaderIntegrationTest {

	@LocalServerPort
	int port;

	@Value("${wijkatlas.api-version}")
	String configured;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void shouldSendTheApiVersionOnEveryApiResponse() throws Exception {
		assertThat(this.configured).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
		List<String> paths = List.of("/ogc", "/ogc/collections/buurten/items?limit=1", "/ogc/collections/planets",
				"/data/areas/gemeente.geojson", "/data/indicators/AantalInwoners_5.csv?level=wijk",
				"/data/areas/planet.geojson", "/tiles/buurten/12/2117/1345.mvt", "/tiles/buurten.json",
				"/tiles/style.json", "/tiles/planet/1/0/0.mvt", "/oembed?url=http://localhost/gebied/WK019330",
				"/oembed?url=http://localhost/&format=xml", "/api/adressen?q=Dobbe", "/api/adressen",
				"/graphql?query=%7B__typename%7D", "/openapi", "/openapi/data.yaml", "/%64ata/areas/gemeente.geojson");
		for (String path : paths) {
			HttpResponse<Void> response = get(path);
			assertThat(response.headers().allValues("API-Version"))
				.as("API-Version of %s (%d)", path, response.statusCode())
				.containsExactly(this.configured);
		}
	}

	@Test
	void shouldLeaveThePagesOfTheAppAlone() throws Exception {
		for (String path : List.of("/", "/gebied/WK019330", "/embed-host.js")) {
			assertThat(get(path).headers().firstValue("API-Version")).as(path).isEmpty();
		}
	}

	@Test
	void shouldRefuseAVersionThatIsNotAFullSemanticVersion() {
		assertThat(new ApiVersionFilter("2.1.0")).isNotNull();
		assertThatThrownBy(() -> new ApiVersionFilter("2.1")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ApiVersionFilter("v2")).isInstanceOf(IllegalArgumentException.class);
	}

	private HttpResponse<Void> get(String path) throws Exception {
		return this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.discarding());
	}

}
