package nl.wijkatlas.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The open data of one gemeente ({@code ?gemeente=GM1771}) in the real PostGIS: OGC API
 * items, the GeoJSON and CSV downloads, their ETags, and refusals.
 */
@WijkatlasIntegrationTest
class OpenDataPerGemeenteIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldGiveTheFifteenBuurtenOfGeldropMierloAsOgcItems() throws Exception {
		String body = fetch("/ogc/collections/buurten/items?gemeente=GM1771&limit=100").getContentAsString();

		assertThat((Integer) JsonPath.read(body, "$.numberMatched")).isEqualTo(15);
		assertThat((Integer) JsonPath.read(body, "$.numberReturned")).isEqualTo(15);
		List<String> ids = JsonPath.read(body, "$.features[*].id");
		assertThat(ids).contains("BU17710005").allMatch((id) -> id.startsWith("BU1771"));
		List<String> next = JsonPath.read(body, "$.links[?(@.rel == 'next')].href");
		assertThat(next).isEmpty();
	}

	@Test
	void shouldKeepTheGemeenteInTheNextPageLink() throws Exception {
		String body = fetch("/ogc/collections/buurten/items?gemeente=GM1771&limit=10").getContentAsString();

		List<String> next = JsonPath.read(body, "$.links[?(@.rel == 'next')].href");
		assertThat(next).singleElement().satisfies((href) -> assertThat(href).contains("gemeente=GM1771"));
	}

	@Test
	void shouldDownloadTheBuurtenOfOneGemeenteAsGeoJsonWithItsOwnEtag() throws Exception {
		MockHttpServletResponse one = fetch("/data/areas/buurt.geojson?gemeente=GM1771");
		MockHttpServletResponse all = fetch("/data/areas/buurt.geojson");

		assertThat(one.getStatus()).isEqualTo(200);
		List<String> codes = JsonPath.read(one.getContentAsString(StandardCharsets.UTF_8), "$.features[*].id");
		assertThat(codes).hasSize(15).allMatch((code) -> code.startsWith("BU1771"));
		assertThat(one.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("gm1771_buurten.geojson");
		assertThat(one.getHeader(HttpHeaders.ETAG)).endsWith("-GM1771\"").isNotEqualTo(all.getHeader(HttpHeaders.ETAG));
		assertThat((List<?>) JsonPath.read(all.getContentAsString(StandardCharsets.UTF_8), "$.features"))
			.hasSizeGreaterThanOrEqualTo(78 + 15);
		assertThat(this.mvc
			.perform(get("/data/areas/buurt.geojson?gemeente=GM1771").header(HttpHeaders.IF_NONE_MATCH,
					one.getHeader(HttpHeaders.ETAG)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
	}

	@Test
	void shouldDownloadTheWijkenOfOneGemeenteAsCsvWithMissingFiguresAsMissing() throws Exception {
		MockHttpServletResponse response = fetch(
				"/data/indicators/AantalInwoners_5.csv?level=wijk&period=2025&gemeente=GM1771");

		assertThat(response.getStatus()).isEqualTo(200);
		List<String> lines = response.getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(1 + 2);
		assertThat(lines.get(1)).startsWith("WK177100,Geldrop,WIJK,2025,");
		assertThat(lines.get(2)).startsWith("WK177101,Mierlo,WIJK,2025,");
		assertThat(response.getHeader(HttpHeaders.ETAG)).endsWith("-GM1771\"");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.contains("gm1771_AantalInwoners_5_wijk_2025.csv");
	}

	@Test
	void shouldRefuseAMalformedGemeenteAndAnUnknownOneInEveryDownload() throws Exception {
		for (String path : List.of("/ogc/collections/buurten/items", "/data/areas/buurt.geojson",
				"/data/indicators/AantalInwoners_5.csv")) {
			assertThat(fetch(path + "?gemeente=zwolle").getStatus()).as(path).isEqualTo(400);
			assertThat(fetch(path + "?gemeente=GM9999").getStatus()).as(path).isEqualTo(404);
		}
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		return this.mvc.perform(get(url)).andReturn().getResponse();
	}

}
