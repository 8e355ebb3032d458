package nl.wijkatlas.tiles;

import java.util.List;

import nl.wijkatlas.tiles.MvtDecoder.Layer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Tiles of one gemeente ({@code ?gemeente=GM1771}) in the real PostGIS: only its areas,
 * the gemeente in the ETag, and refusals of a bad or unknown code.
 */
@WijkatlasIntegrationTest
class TilePerGemeenteIntegrationTest {

	/** Braakhuizen-Zuid (BU17710005), Geldrop. */
	static final double LON = 5.5748;

	static final double LAT = 51.4257;

	@Autowired
	MockMvc mvc;

	@Test
	void shouldHoldTheFifteenBuurtenOfGeldropMierloInItsTile() throws Exception {
		MockHttpServletResponse response = fetch(
				TileIntegrationTest.tileUrl("buurten", 8, LON, LAT) + "?gemeente=GM1771");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader(HttpHeaders.ETAG)).matches("\"v[0-9]+-buurten-8-[0-9]+-[0-9]+---GM1771\"");
		List<String> codes = codes(MvtDecoder.decode(response.getContentAsByteArray()).get("buurten"));
		assertThat(codes).hasSize(15).contains("BU17710005").allMatch((code) -> code.startsWith("BU1771"));
	}

	@Test
	void shouldLeaveOtherGemeentenOutOfATileThatHoldsBoth() throws Exception {
		// At zoom 5 one tile covers Zwolle and Geldrop-Mierlo.
		String url = TileIntegrationTest.tileUrl("gemeenten", 5, LON, LAT);
		List<String> all = codes(MvtDecoder.decode(fetch(url).getContentAsByteArray()).get("gemeenten"));
		List<String> one = codes(
				MvtDecoder.decode(fetch(url + "?gemeente=GM1771").getContentAsByteArray()).get("gemeenten"));

		assertThat(all).contains("GM0193", "GM1771");
		assertThat(one).containsExactly("GM1771");
	}

	@Test
	void shouldAnswerAZwolleOnlyTileOverGeldropMierloWithNoContent() throws Exception {
		MockHttpServletResponse response = fetch(
				TileIntegrationTest.tileUrl("buurten", 12, LON, LAT) + "?gemeente=GM0193");

		assertThat(response.getStatus()).isEqualTo(204);
	}

	@Test
	void shouldRevalidateATileOfOneGemeenteByItsOwnEtag() throws Exception {
		String url = TileIntegrationTest.tileUrl("buurten", 8, LON, LAT);
		String gemeenteEtag = fetch(url + "?gemeente=GM1771").getHeader(HttpHeaders.ETAG);
		String allEtag = fetch(url).getHeader(HttpHeaders.ETAG);

		assertThat(gemeenteEtag).isNotEqualTo(allEtag);
		assertThat(this.mvc.perform(get(url + "?gemeente=GM1771").header(HttpHeaders.IF_NONE_MATCH, gemeenteEtag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
		// Another gemeente's tile is not revalidated by it: Zwolle has nothing here.
		assertThat(this.mvc.perform(get(url + "?gemeente=GM0193").header(HttpHeaders.IF_NONE_MATCH, gemeenteEtag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
	}

	@Test
	void shouldRefuseAMalformedGemeenteAndAnUnknownOne() throws Exception {
		String url = TileIntegrationTest.tileUrl("buurten", 8, LON, LAT);
		MockHttpServletResponse bad = fetch(url + "?gemeente=Geldrop");
		MockHttpServletResponse unknown = fetch(url + "?gemeente=GM9999");

		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("gemeente");
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(unknown.getContentAsString()).contains("GM9999");
	}

	private static List<String> codes(Layer layer) {
		assertThat(layer).isNotNull();
		return layer.features().stream().map((f) -> (String) f.properties().get("code")).toList();
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		return this.mvc.perform(get(url)).andReturn().getResponse();
	}

}
