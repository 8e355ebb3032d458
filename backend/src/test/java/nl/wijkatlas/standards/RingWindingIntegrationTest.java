package nl.wijkatlas.standards;

import nl.wijkatlas.geodata.AreaLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 7946 §3.1.6: every polygon served has a counter-clockwise exterior ring and
 * clockwise holes — in the {@code /data} download, the OGC API items and GraphQL
 * {@code geometry} (full and simplified; embeds draw those), for every area of every
 * level of both bundled gemeenten. The bundled CBS files wind some levels clockwise, so
 * this fails without the rewinding.
 */
@WijkatlasIntegrationTest
class RingWindingIntegrationTest {

	@Autowired
	Http http;

	@ParameterizedTest
	@CsvSource({ "gemeente, gemeenten, GEMEENTE, 2", "stadsdeel, stadsdelen, STADSDEEL, 0", "wijk, wijken, WIJK, 18",
			"buurt, buurten, BUURT, 93", "gebied, gebieden, GEBIED, 0" })
	void shouldWindEveryRingAsRfc7946Wants(String level, String collection, String graphQlLevel, int atLeast)
			throws Exception {
		JsonNode download = get("/data/areas/" + level + ".geojson");
		List<JsonNode> downloaded = geometries(download.get("features"));
		assertThat(downloaded).hasSizeGreaterThanOrEqualTo(Math.max(atLeast, 1));
		assertWound("/data " + level, downloaded);

		JsonNode items = get("/ogc/collections/" + collection + "/items?limit=1000");
		List<JsonNode> ogc = geometries(items.get("features"));
		assertThat(ogc).hasSameSizeAs(downloaded);
		assertWound("/ogc " + collection, ogc);

		String query = "query($level: AreaLevel) { areas(level: $level, first: 100) { edges { node { code "
				+ "geometry simplified: geometry(simplify: 25) } } } }";
		JsonNode graphQl = post(query, Map.of("level", graphQlLevel));
		assertThat(graphQl.path("errors").isMissingNode()).as("%s", graphQl).isTrue();
		List<JsonNode> full = new ArrayList<>();
		List<JsonNode> simplified = new ArrayList<>();
		for (JsonNode edge : graphQl.at("/data/areas/edges")) {
			full.add(edge.at("/node/geometry"));
			simplified.add(edge.at("/node/simplified"));
		}
		assertThat(full).hasSameSizeAs(downloaded);
		assertWound("GraphQL geometry " + graphQlLevel, full);
		assertWound("GraphQL geometry(simplify: 25) " + graphQlLevel, simplified);
	}

	private static List<JsonNode> geometries(JsonNode features) {
		List<JsonNode> result = new ArrayList<>();
		features.forEach((feature) -> result.add(feature.get("geometry")));
		return result;
	}

	private static void assertWound(String where, List<JsonNode> geometries) {
		int rings = 0;
		for (JsonNode geometry : geometries) {
			List<JsonNode> polygons = new ArrayList<>();
			switch (geometry.get("type").asString()) {
				case "Polygon" -> polygons.add(geometry.get("coordinates"));
				case "MultiPolygon" -> geometry.get("coordinates").forEach(polygons::add);
				default -> throw new AssertionError(where + ": not a polygon: " + geometry.get("type"));
			}
			for (JsonNode polygon : polygons) {
				for (int i = 0; i < polygon.size(); i++) {
					double area = signedArea(polygon.get(i));
					if (i == 0) {
						assertThat(area).as("%s: exterior ring of %s", where, polygon.get(i).get(0)).isPositive();
					}
					else {
						assertThat(area).as("%s: hole %s", where, i).isNegative();
					}
					rings++;
				}
			}
		}
		assertThat(rings).as(where).isGreaterThanOrEqualTo(geometries.size());
	}

	/** Twice the shoelace area in lon/lat: positive when counter-clockwise. */
	private static double signedArea(JsonNode ring) {
		double sum = 0;
		for (int i = 0; i + 1 < ring.size(); i++) {
			JsonNode a = ring.get(i);
			JsonNode b = ring.get(i + 1);
			sum += a.get(0).asDouble() * b.get(1).asDouble() - b.get(0).asDouble() * a.get(1).asDouble();
		}
		return sum;
	}

	private JsonNode get(String path) {
		Http.Response response = this.http.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.body();
	}

	private JsonNode post(String query, Map<String, Object> variables) {
		Http.Response response = this.http.graphql(query, variables);
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

}
