package nl.wijkatlas.area;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For each of the 78 CBS buurten, a point inside it (taken from the bundled source file,
 * not from the database) must come back from {@code areaAt} as that buurt, with its own
 * wijk as parent.
 */
@WijkatlasIntegrationTest
class AreaAtEveryBuurtIntegrationTest {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldReturnEachBuurtForAPointInsideIt() throws Exception {
		List<String> failures = new ArrayList<>();
		List<SourceBuurt> buurten = readSourceBuurten();
		assertThat(buurten).hasSize(78);
		for (SourceBuurt buurt : buurten) {
			Point inside = buurt.geometry().getInteriorPoint();
			double[] lonLat = toWgs84(inside.getX(), inside.getY());
			GraphQlTester.Response response = this.graphQl.documentName("areaAt")
				.variable("lon", lonLat[0])
				.variable("lat", lonLat[1])
				.execute();
			String code = response.path("areaAt.code").entity(String.class).get();
			String wijk = response.path("areaAt.parent.code").entity(String.class).get();
			if (!buurt.code().equals(code) || !("WK" + buurt.code().substring(2, 8)).equals(wijk)) {
				failures.add(buurt.code() + " at " + lonLat[0] + "," + lonLat[1] + " gave " + code + " in " + wijk);
			}
		}
		assertThat(failures).isEmpty();
	}

	private double[] toWgs84(double x, double y) {
		return this.jdbc
			.sql("select ST_X(p) as lon, ST_Y(p) as lat from"
					+ " (select ST_Transform(ST_SetSRID(ST_MakePoint(:x, :y), 28992), 4326) as p) t")
			.param("x", x)
			.param("y", y)
			.query((rs, i) -> new double[] { rs.getDouble("lon"), rs.getDouble("lat") })
			.single();
	}

	private static List<SourceBuurt> readSourceBuurten() throws IOException, org.locationtech.jts.io.ParseException {
		JsonNode collection;
		try (InputStream in = new ClassPathResource("datasets/cbs/zwolle_buurten_2025_rd.geojson").getInputStream()) {
			collection = JsonMapper.builder().build().readTree(in);
		}
		GeoJsonReader reader = new GeoJsonReader();
		List<SourceBuurt> result = new ArrayList<>();
		for (JsonNode feature : collection.get("features")) {
			result.add(new SourceBuurt(feature.get("properties").get("statcode").asString(),
					reader.read(feature.get("geometry").toString())));
		}
		return result;
	}

	private record SourceBuurt(String code, Geometry geometry) {
	}

}
