package nl.wijkatlas.tiles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.wijkatlas.tiles.MvtDecoder.Feature;
import nl.wijkatlas.tiles.MvtDecoder.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code GET /tiles/{layer}/{z}/{x}/{y}.mvt} against the bundled Zwolle data in the real
 * PostGIS: valid MVT decoded here, the features and properties of each layer, indicator
 * figures with missing ones as a status and never 0, empty tiles, and refusals. Tiles of
 * one gemeente ({@code ?gemeente=GM1771}): only its areas, the gemeente in the ETag, and
 * refusals of a bad or unknown code.
 */
@WijkatlasIntegrationTest
class TileIntegrationTest {

	/** Holtenbroek IV (BU01933000). */
	static final double LON = 6.0889;

	static final double LAT = 52.5218;

	/** Braakhuizen-Zuid (BU17710005), Geldrop. */
	static final double GELDROP_LON = 5.5748;

	static final double GELDROP_LAT = 51.4257;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "8", "11", "15" })
	void shouldServeTheBuurtUnderAPointAsAValidVectorTile(int z) throws Exception {
		MockHttpServletResponse response = fetch(tileUrl("buurten", z, LON, LAT));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/vnd.mapbox-vector-tile");
		assertThat(response.getHeader(HttpHeaders.ETAG)).matches("\"v[0-9]+-buurten-" + z + "-[0-9]+-[0-9]+--\"");
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=60").contains("public");
		Map<String, Layer> layers = MvtDecoder.decode(response.getContentAsByteArray());
		assertThat(layers).containsOnlyKeys("buurten");
		Layer layer = layers.get("buurten");
		assertThat(layer.version()).isEqualTo(2);
		assertThat(layer.extent()).isEqualTo(4096);
		Feature holtenbroek = byCode(layer).get("BU01933000");
		assertThat(holtenbroek).isNotNull();
		assertThat(holtenbroek.type()).isEqualTo(3);
		assertThat(holtenbroek.geometryLength()).isGreaterThan(3);
		assertThat(holtenbroek.properties()).containsEntry("name", "Holtenbroek IV")
			.containsEntry("level", "BUURT")
			.containsEntry("parent_code", "WK019330")
			.containsEntry("provisional", false)
			.doesNotContainKeys("value", "status");
		assertThat(layer.features()).allSatisfy((feature) -> assertThat(feature.properties()).containsKey("code"));
	}

	@Test
	void shouldHoldTheBuurtenOfZwolleInOneTileAtZoomEight() throws Exception {
		Layer layer = MvtDecoder.decode(fetch(tileUrl("buurten", 8, LON, LAT)).getContentAsByteArray()).get("buurten");
		long buurten = this.jdbc.sql("select count(*) from area where level = 'BUURT' and gemeente_code = 'GM0193'")
			.query(Long.class)
			.single();

		// a buurt smaller than a tile unit (about 38 m at z8) may vanish, as it should
		assertThat(byCode(layer)).hasSizeBetween((int) (buurten * 0.95), (int) buurten)
			.containsKeys("BU01933000", "BU01931300");
	}

	@ParameterizedTest
	@CsvSource({ "gemeenten, GEMEENTE, GM0193", "stadsdelen, STADSDEEL, SD0193_NOORD", "wijken, WIJK, WK019330",
			"gebieden, GEBIED, GB0193_SPOORZONE" })
	void shouldServeEveryAreaLevelAsItsOwnLayer(String layerId, String level, String code) throws Exception {
		// The tile around Zwolle holds Zwolle's areas only.
		long count = this.jdbc.sql("select count(*) from area where level = :level and gemeente_code = 'GM0193'")
			.param("level", level)
			.query(Long.class)
			.single();
		Layer layer = MvtDecoder.decode(fetch(tileUrl(layerId, 8, LON, LAT)).getContentAsByteArray()).get(layerId);

		assertThat(byCode(layer)).hasSize((int) count).containsKey(code);
		assertThat(layer.features()).allSatisfy(
				(feature) -> assertThat(feature.properties()).containsEntry("level", level).containsKey("name"));
	}

	@Test
	void shouldCarryAnIndicatorsFigureAndMissingAsStatusNeverZero() throws Exception {
		String indicator = "PersonenautoSPerHuishouden_107";
		Map<String, BigDecimal> present = this.jdbc
			.sql("select area_code, value from indicator_value where indicator_code = :code and period = '2025' "
					+ "and status = 'PRESENT' and area_code like 'WK%'")
			.param("code", indicator)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(present).hasSizeBetween(1, 15);

		MockHttpServletResponse response = fetch(
				tileUrl("wijken", 8, LON, LAT) + "?indicator=" + indicator + "&period=2025");
		Map<String, Feature> features = byCode(MvtDecoder.decode(response.getContentAsByteArray()).get("wijken"));

		assertThat(features).hasSize(16);
		features.forEach((code, feature) -> {
			assertThat(feature.properties()).containsEntry("period", "2025");
			if (present.containsKey(code)) {
				assertThat(feature.properties()).containsEntry("status", "PRESENT");
				assertThat(BigDecimal.valueOf((Double) feature.properties().get("value")))
					.isEqualByComparingTo(present.get(code));
			}
			else {
				assertThat(feature.properties()).containsEntry("status", "MISSING").doesNotContainKey("value");
			}
		});
		assertThat(response.getHeader(HttpHeaders.ETAG)).endsWith("-" + indicator + "-2025\"");
	}

	@Test
	void shouldTakeTheLatestPeriodWhenNoneIsAsked() throws Exception {
		Map<String, Feature> features = byCode(MvtDecoder
			.decode(fetch(tileUrl("wijken", 8, LON, LAT) + "?indicator=AantalInwoners_5").getContentAsByteArray())
			.get("wijken"));
		String latest = this.jdbc
			.sql("select max(period) from indicator_value where indicator_code = 'AantalInwoners_5'")
			.query(String.class)
			.single();

		assertThat(features.get("WK019330").properties()).containsEntry("period", latest)
			.containsEntry("status", "PRESENT")
			.containsKey("value");
	}

	@Test
	void shouldAnswerATileWithoutAreasWithNoContent() throws Exception {
		MockHttpServletResponse response = fetch("/tiles/buurten/12/0/0.mvt");

		assertThat(response.getStatus()).isEqualTo(204);
		assertThat(response.getContentAsByteArray()).isEmpty();
		assertThat(response.getHeader(HttpHeaders.ETAG)).isNotNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/tiles/buurten/abc/0/0.mvt|400|z", "/tiles/buurten/23/0/0.mvt|400|z",
			"/tiles/buurten/-1/0/0.mvt|400|z", "/tiles/buurten/2/4/0.mvt|400|x", "/tiles/buurten/2/0/4.mvt|400|y",
			"/tiles/buurten/2/0/1.5.mvt|400|y", "/tiles/buurten/99999999999/0/0.mvt|400|z",
			"/tiles/buurten/8/131/84.mvt?indicator=drop%20table|400|indicator",
			"/tiles/buurten/8/131/84.mvt?indicator=AantalInwoners_5&period=2025x|400|period",
			"/tiles/buurten/8/131/84.mvt?period=2025|400|period", "/tiles/straten/8/131/84.mvt|404|",
			"/tiles/buurten/8/131/84.mvt?indicator=NoSuchIndicator|404|" })
	void shouldRefuseBadRequestsWithProblemDetails(String url, int status, String parameter) throws Exception {
		MockHttpServletResponse response = fetch(url);

		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(MediaType.parseMediaType(response.getContentType())).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		if (parameter != null) {
			assertThat(response.getContentAsString()).contains("\"parameter\":\"" + parameter + "\"");
		}
	}

	@Test
	void shouldHoldTheFifteenBuurtenOfGeldropMierloInItsTile() throws Exception {
		MockHttpServletResponse response = fetch(tileUrl("buurten", 8, GELDROP_LON, GELDROP_LAT) + "?gemeente=GM1771");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader(HttpHeaders.ETAG)).matches("\"v[0-9]+-buurten-8-[0-9]+-[0-9]+---GM1771\"");
		List<String> codes = codes(MvtDecoder.decode(response.getContentAsByteArray()).get("buurten"));
		assertThat(codes).hasSize(15).contains("BU17710005").allMatch((code) -> code.startsWith("BU1771"));
	}

	@Test
	void shouldLeaveOtherGemeentenOutOfATileThatHoldsBoth() throws Exception {
		// At zoom 5 one tile covers Zwolle and Geldrop-Mierlo.
		String url = tileUrl("gemeenten", 5, GELDROP_LON, GELDROP_LAT);
		List<String> all = codes(MvtDecoder.decode(fetch(url).getContentAsByteArray()).get("gemeenten"));
		List<String> one = codes(
				MvtDecoder.decode(fetch(url + "?gemeente=GM1771").getContentAsByteArray()).get("gemeenten"));

		assertThat(all).contains("GM0193", "GM1771");
		assertThat(one).containsExactly("GM1771");
	}

	@Test
	void shouldAnswerAZwolleOnlyTileOverGeldropMierloWithNoContent() throws Exception {
		MockHttpServletResponse response = fetch(tileUrl("buurten", 12, GELDROP_LON, GELDROP_LAT) + "?gemeente=GM0193");

		assertThat(response.getStatus()).isEqualTo(204);
	}

	@Test
	void shouldRevalidateATileOfOneGemeenteByItsOwnEtag() throws Exception {
		String url = tileUrl("buurten", 8, GELDROP_LON, GELDROP_LAT);
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
		String url = tileUrl("buurten", 8, GELDROP_LON, GELDROP_LAT);
		MockHttpServletResponse bad = fetch(url + "?gemeente=Geldrop");
		MockHttpServletResponse unknown = fetch(url + "?gemeente=GM9999");

		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("gemeente");
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(unknown.getContentAsString()).contains("GM9999");
	}

	static String tileUrl(String layer, int z, double lon, double lat) {
		int n = 1 << z;
		int x = (int) Math.floor((lon + 180) / 360 * n);
		double rad = Math.toRadians(lat);
		int y = (int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n);
		return "/tiles/%s/%d/%d/%d.mvt".formatted(layer, z, x, y);
	}

	private static List<String> codes(Layer layer) {
		assertThat(layer).isNotNull();
		return layer.features().stream().map((f) -> (String) f.properties().get("code")).toList();
	}

	private static Map<String, Feature> byCode(Layer layer) {
		assertThat(layer).isNotNull();
		return layer.features()
			.stream()
			.collect(Collectors.toMap((f) -> (String) f.properties().get("code"), (f) -> f));
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		return this.mvc.perform(get(url)).andReturn().getResponse();
	}

}
