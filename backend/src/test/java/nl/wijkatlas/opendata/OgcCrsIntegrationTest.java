package nl.wijkatlas.opendata;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static nl.wijkatlas.support.Mvc.getOk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * OGC API – Features Part 2 (CRS by reference) against the real PostGIS: the CRS list and
 * storage CRS of each collection, {@code Content-Crs} on every items response, and
 * coordinates and {@code bbox} in CRS84, RD New (metres) and ETRS89 (latitude first).
 */
@WijkatlasIntegrationTest
class OgcCrsIntegrationTest {

	private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

	private static final String RD_NEW = "http://www.opengis.net/def/crs/EPSG/0/28992";

	private static final String ETRS89 = "http://www.opengis.net/def/crs/EPSG/0/4258";

	@Autowired
	MockMvc mvc;

	@Test
	void shouldListTheOfferedCrsAndRdNewAsStorageCrsOnEveryCollection() throws Exception {
		getOk(this.mvc, "/ogc/collections").andExpect(jsonPath("$.collections[*].storageCrs", everyItem(is(RD_NEW))))
			.andExpect(jsonPath("$.collections[0].crs", contains(CRS84, RD_NEW, ETRS89)));
		this.mvc.perform(get("/ogc/collections/wijken"))
			.andExpect(jsonPath("$.storageCrs").value(RD_NEW))
			.andExpect(jsonPath("$.crs", contains(CRS84, RD_NEW, ETRS89)));
	}

	@Test
	void shouldNameCrs84InContentCrsByDefault() throws Exception {
		String body = items("/ogc/collections/wijken/items/WK019330", CRS84);
		List<Double> point = firstPoint(body, "$.geometry");
		// Zwolle: longitude about 6.1, latitude about 52.5.
		assertThat(point.get(0)).isBetween(5.9, 6.3);
		assertThat(point.get(1)).isBetween(52.4, 52.7);
		this.mvc.perform(get("/ogc/collections/wijken/items"))
			.andExpect(header().string("Content-Crs", "<" + CRS84 + ">"));
	}

	@Test
	void shouldServeRdNewCoordinatesInMetres() throws Exception {
		String body = items("/ogc/collections/wijken/items?gemeente=GM0193&crs=" + RD_NEW, RD_NEW);
		assertThat((Integer) JsonPath.read(body, "$.numberReturned")).isEqualTo(16);
		List<List<List<List<Number>>>> first = JsonPath.read(body, "$.features[0].geometry.coordinates");
		for (List<Number> xy : first.get(0).get(0)) {
			// Zwolle in RD New: x about 200 km, y about 500 km from the Amersfoort
			// origin.
			assertThat(xy.get(0).doubleValue()).isBetween(190_000.0, 215_000.0);
			assertThat(xy.get(1).doubleValue()).isBetween(490_000.0, 515_000.0);
		}
	}

	@Test
	void shouldServeEtrs89LatitudeFirst() throws Exception {
		String body = items("/ogc/collections/wijken/items/WK019330?crs=" + ETRS89, ETRS89);
		List<Double> point = firstPoint(body, "$.geometry");
		assertThat(point.get(0)).isBetween(52.4, 52.7);
		assertThat(point.get(1)).isBetween(5.9, 6.3);
	}

	@Test
	void shouldFilterByABoxInRdNewAndInEtrs89() throws Exception {
		// The same small box as the CRS84 bbox test (6.0885,52.5215,6.0893,52.5221): one
		// wijk.
		getOk(this.mvc, "/ogc/collections/wijken/items?bbox=52.5215,6.0885,52.5221,6.0893&bbox-crs=" + ETRS89)
			.andExpect(header().string("Content-Crs", "<" + CRS84 + ">"))
			.andExpect(jsonPath("$.numberMatched").value(1))
			.andExpect(jsonPath("$.features[0].id").value("WK019330"));
		String centre = this.mvc
			.perform(get("/ogc/collections/wijken/items?bbox=6.0885,52.5215,6.0893,52.5221&crs=" + RD_NEW))
			.andExpect(jsonPath("$.numberMatched").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// A small RD box around a vertex of that wijk, in metres.
		List<Double> vertex = firstPoint(centre, "$.features[0].geometry");
		String box = (vertex.get(0) - 1) + "," + (vertex.get(1) - 1) + "," + (vertex.get(0) + 1) + ","
				+ (vertex.get(1) + 1);
		String rdBoxed = getOk(this.mvc, "/ogc/collections/wijken/items?bbox=" + box + "&bbox-crs=" + RD_NEW)
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(rdBoxed, "$.features[*].id");
		assertThat(ids).contains("WK019330").hasSizeLessThanOrEqualTo(3);
	}

	/** The body of a 200 answer whose {@code Content-Crs} names the CRS. */
	private String items(String url, String crs) throws Exception {
		return getOk(this.mvc, url).andExpect(header().string("Content-Crs", "<" + crs + ">"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<Double> firstPoint(String body, String geometry) {
		List<Number> point = JsonPath.read(body, geometry + ".coordinates[0][0][0]");
		return point.stream().map(Number::doubleValue).toList();
	}

}
