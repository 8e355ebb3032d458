package nl.wijkatlas.opendata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import nl.wijkatlas.support.GraphQlErrors;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data is linked from the GraphQL API at stable, absolute URLs, and every link
 * it hands out answers.
 */
@WijkatlasIntegrationTest
class OpenDataGraphQlIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	GraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void shouldListAGeoJsonDownloadPerLevelAndTheOgcApiAllOfThemLive() throws Exception {
		GraphQlTester.Response response = this.graphQl
			.document("{ downloads { title format mediaType url level featureCount licence attribution } }")
			.execute();
		List<Map<String, Object>> downloads = response.path("downloads")
			.entityList(Object.class)
			.get()
			.stream()
			.map((d) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> map = (Map<String, Object>) d;
				return map;
			})
			.toList();

		assertThat(downloads).extracting((d) -> d.get("url"))
			.containsExactly(base() + "/data/areas/gemeente.geojson", base() + "/data/areas/stadsdeel.geojson",
					base() + "/data/areas/wijk.geojson", base() + "/data/areas/buurt.geojson",
					base() + "/data/areas/gebied.geojson", base() + "/ogc");
		assertThat(downloads).extracting((d) -> d.get("featureCount")).containsExactly(2, 5, 18, 93, 6, null);
		assertThat(downloads.get(2)).containsEntry("format", "GEOJSON")
			.containsEntry("level", "WIJK")
			.containsEntry("mediaType", "application/geo+json")
			.containsEntry("licence", "CC BY 4.0");
		assertThat(downloads.get(5)).containsEntry("format", "OGC_API_FEATURES");
		for (Map<String, Object> download : downloads) {
			HttpResponse<String> answer = fetch((String) download.get("url"));
			assertThat(answer.statusCode()).as(download.get("url").toString()).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Type").orElse(""))
				.startsWith((String) download.get("mediaType"));
		}
	}

	@Test
	void shouldLinkEachIndicatorsCsvAndGeoJson() throws Exception {
		GraphQlTester.Response response = this.graphQl.document("""
				{ indicator(code: "AantalInwoners_5") {
				    wijk: csvUrl(level: WIJK, period: "2025")
				    buurt: csvUrl
				    excel: csvUrl(level: WIJK, excel: true)
				    map: geojsonUrl(level: WIJK, period: "2025") } }
				""").execute();

		String wijk = response.path("indicator.wijk").entity(String.class).get();
		String excel = response.path("indicator.excel").entity(String.class).get();
		String map = response.path("indicator.map").entity(String.class).get();
		assertThat(wijk).isEqualTo(base() + "/data/indicators/AantalInwoners_5.csv?level=wijk&period=2025");
		response.path("indicator.buurt")
			.entity(String.class)
			.isEqualTo(base() + "/data/indicators/AantalInwoners_5.csv?level=buurt");
		assertThat(excel).isEqualTo(base() + "/data/indicators/AantalInwoners_5.csv?level=wijk&sep=%3B");
		assertThat(map).isEqualTo(base() + "/data/areas/wijk.geojson?indicator=AantalInwoners_5&period=2025");

		HttpResponse<String> csv = fetch(wijk);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("area_code,area_name,level,period,value").contains("WK019330");
		assertThat(fetch(excel).body()).startsWith("\uFEFFarea_code;area_name;");
		assertThat(fetch(map).body()).contains("\"indicator\" : \"AantalInwoners_5\"");
	}

	@Test
	void shouldRefuseAMalformedPeriodInALink() {
		GraphQlErrors.assertSingleError(this.graphQl,
				"{ indicator(code: \"AantalInwoners_5\") { csvUrl(period: \"last year\") } }", "period");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private HttpResponse<String> fetch(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
