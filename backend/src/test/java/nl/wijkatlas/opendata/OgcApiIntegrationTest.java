package nl.wijkatlas.opendata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static nl.wijkatlas.support.Mvc.getOk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * OGC API – Features, Part 1 Core, under {@code /ogc} against the real PostGIS: the
 * resources, their link relations, paging, the {@code bbox} filter and every refusal.
 */
@WijkatlasIntegrationTest
class OgcApiIntegrationTest {

	private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	@Autowired
	MockMvc mvc;

	@Test
	void shouldLinkTheLandingPageToTheApiDefinitionConformanceAndData() throws Exception {
		getOk(this.mvc, "/ogc").andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.links[*].rel", hasItems("self", "service-desc", "conformance", "data")))
			.andExpect(jsonPath("$.links[?(@.rel == 'data')].href").value("http://localhost/ogc/collections"))
			.andExpect(jsonPath("$.links[?(@.rel == 'conformance')].href").value("http://localhost/ogc/conformance"))
			.andExpect(jsonPath("$.links[?(@.rel == 'service-desc')].type")
				.value("application/vnd.oai.openapi+json;version=3.0"));
		getOk(this.mvc, "/ogc/?f=json");
	}

	/**
	 * Part 1 (core, GeoJSON, OpenAPI 3.0), Part 2 (CRS), Part 3 (queryables, filter) and
	 * CQL2.
	 */
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "ogcapi-features-1, core", "ogcapi-features-1, geojson", "ogcapi-features-1, oas30",
			"ogcapi-features-2, crs", "ogcapi-features-3, queryables", "ogcapi-features-3, filter",
			"ogcapi-features-3, features-filter", "cql2, cql2-text", "cql2, basic-cql2",
			"cql2, advanced-comparison-operators" })
	void shouldDeclareConformanceTo(String standard, String conformanceClass) throws Exception {
		getOk(this.mvc, "/ogc/conformance").andExpect(jsonPath("$.conformsTo",
				hasItem("http://www.opengis.net/spec/" + standard + "/1.0/conf/" + conformanceClass)));
	}

	@Test
	void shouldServeAnOpenApiDefinitionOfEveryPathAndParameter() throws Exception {
		getOk(this.mvc, "/ogc/api")
			.andExpect(
					content().contentTypeCompatibleWith(MediaType.parseMediaType("application/vnd.oai.openapi+json")))
			.andExpect(jsonPath("$.openapi", startsWith("3.0")))
			.andExpect(jsonPath("$.servers[0].url").value("http://localhost/ogc"))
			.andExpect(jsonPath("$.paths['/collections/{collectionId}/items'].get.parameters[*]['$ref']",
					hasItems("#/components/parameters/bbox", "#/components/parameters/limit",
							"#/components/parameters/offset", "#/components/parameters/datetime")))
			.andExpect(jsonPath("$.components.parameters.limit.schema.maximum").value(1000))
			.andExpect(jsonPath("$.paths['/collections/{collectionId}/items/{featureId}']").exists());
	}

	@Test
	void shouldOfferOneCollectionPerLevelWithItsExtentFromTheData() throws Exception {
		getOk(this.mvc, "/ogc/collections").andExpect(jsonPath("$.links[?(@.rel == 'self')]").exists())
			.andExpect(jsonPath("$.collections[*].id",
					contains("gemeenten", "stadsdelen", "wijken", "buurten", "gebieden")))
			.andExpect(jsonPath("$.collections[*].itemType", everyItem(is("feature"))))
			.andExpect(jsonPath("$.collections[*].extent.spatial.crs",
					everyItem(is("http://www.opengis.net/def/crs/OGC/1.3/CRS84"))));

		MockHttpServletResponse wijken = getOk(this.mvc, "/ogc/collections/wijken")
			.andExpect(jsonPath("$.id").value("wijken"))
			.andExpect(jsonPath("$.title").value("Wijken"))
			.andExpect(jsonPath("$.description", containsString("18")))
			.andExpect(jsonPath("$.links[?(@.rel == 'items')].href")
				.value("http://localhost/ogc/collections/wijken/items"))
			.andExpect(jsonPath("$.links[?(@.rel == 'items')].type").value("application/geo+json"))
			.andExpect(
					jsonPath("$.links[?(@.rel == 'enclosure')].href").value("http://localhost/data/areas/wijk.geojson"))
			.andExpect(jsonPath("$.links[?(@.rel == 'license')].href")
				.value("https://creativecommons.org/licenses/by/4.0/"))
			.andReturn()
			.getResponse();
		List<Double> bbox = JsonPath.read(wijken.getContentAsString(), "$.extent.spatial.bbox[0]");
		assertThat(bbox).hasSize(4);
		// Geldrop-Mierlo (about 5.52–5.65 E, 51.39–51.45 N) to Zwolle (about 6.0–6.2 E,
		// 52.44–52.59 N)
		assertThat(bbox.get(0)).isBetween(5.4, 5.6);
		assertThat(bbox.get(1)).isBetween(51.3, 51.5);
		assertThat(bbox.get(2)).isBetween(6.1, 6.3);
		assertThat(bbox.get(3)).isBetween(52.5, 52.7);
	}

	@Test
	void shouldPageThroughEveryBuurtWithNextLinks() throws Exception {
		// Zwolle's buurten: the next links keep the gemeente filter and the page size.
		MockHttpServletResponse first = getOk(this.mvc, "/ogc/collections/buurten/items?gemeente=GM0193&limit=10")
			.andExpect(content().contentTypeCompatibleWith(GEO_JSON))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.numberMatched").value(78))
			.andExpect(jsonPath("$.numberReturned").value(10))
			.andExpect(jsonPath("$.features.length()").value(10))
			.andExpect(jsonPath("$.timeStamp").isNotEmpty())
			.andExpect(jsonPath("$.links[?(@.rel == 'self')].type").value("application/geo+json"))
			.andExpect(jsonPath("$.links[?(@.rel == 'prev')]").isEmpty())
			.andReturn()
			.getResponse();

		Set<String> ids = new LinkedHashSet<>();
		String page = first.getContentAsString();
		int pages = 1;
		while (true) {
			List<String> pageIds = JsonPath.read(page, "$.features[*].id");
			ids.addAll(pageIds);
			List<String> next = JsonPath.read(page, "$.links[?(@.rel == 'next')].href");
			if (next.isEmpty()) {
				break;
			}
			page = getOk(this.mvc, next.get(0).replace("http://localhost", ""))
				.andExpect(jsonPath("$.links[?(@.rel == 'prev')]").exists())
				.andReturn()
				.getResponse()
				.getContentAsString();
			pages++;
		}
		assertThat(pages).isEqualTo(8);
		assertThat(ids).hasSize(78).allMatch((id) -> id.startsWith("BU0193"));
		assertThat(new ArrayList<>(ids)).isSorted();
	}

	@Test
	void shouldServeAllOfAGemeentesBuurtenInOnePageByDefault() throws Exception {
		getOk(this.mvc, "/ogc/collections/buurten/items?gemeente=GM0193")
			.andExpect(jsonPath("$.numberMatched").value(78))
			.andExpect(jsonPath("$.numberReturned").value(78))
			.andExpect(jsonPath("$.links[?(@.rel == 'next')]").isEmpty());
	}

	@Test
	void shouldAllowCrossOriginRequestsFromWebMaps() throws Exception {
		this.mvc.perform(get("/ogc/collections/wijken/items").header("Origin", "https://kaart.example"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"));
		this.mvc
			.perform(options("/ogc/collections/wijken/items").header("Origin", "https://kaart.example")
				.header("Access-Control-Request-Method", "GET"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"));
	}

	@Test
	void shouldCapALimitAboveTheMaximumInsteadOfRefusingIt() throws Exception {
		// every buurt: Zwolle's 78 and Geldrop-Mierlo's 15
		getOk(this.mvc, "/ogc/collections/buurten/items?limit=100000").andExpect(jsonPath("$.numberReturned").value(93))
			.andExpect(jsonPath("$.links[?(@.rel == 'next')]").isEmpty());
		this.mvc.perform(get("/ogc/collections/buurten/items?limit=5&offset=90"))
			.andExpect(jsonPath("$.numberReturned").value(3))
			.andExpect(jsonPath("$.links[?(@.rel == 'next')]").isEmpty())
			.andExpect(jsonPath("$.links[?(@.rel == 'prev')].href", hasItem(containsString("offset=85"))));
		getOk(this.mvc, "/ogc/collections/buurten/items?offset=500").andExpect(jsonPath("$.numberReturned").value(0))
			.andExpect(jsonPath("$.features").isEmpty());
	}

	@Test
	void shouldReturnOnlyAreasThatIntersectTheBbox() throws Exception {
		// a small box around a point in Holtenbroek IV
		getOk(this.mvc, "/ogc/collections/buurten/items?bbox=6.0885,52.5215,6.0893,52.5221&limit=100")
			.andExpect(jsonPath("$.features[*].id", hasItem("BU01933000")))
			.andExpect(jsonPath("$.numberMatched").value(lessThan(5)));
		this.mvc.perform(get("/ogc/collections/wijken/items?bbox=6.0885,52.5215,6.0893,52.5221"))
			.andExpect(jsonPath("$.features[*].id", contains("WK019330")));
		// six numbers: heights ignored
		this.mvc.perform(get("/ogc/collections/wijken/items?bbox=6.0885,52.5215,0,6.0893,52.5221,100"))
			.andExpect(jsonPath("$.features[*].id", contains("WK019330")));
		// elsewhere, and across the antimeridian: nothing
		getOk(this.mvc, "/ogc/collections/buurten/items?bbox=4.8,52.3,4.9,52.4")
			.andExpect(jsonPath("$.numberMatched").value(0))
			.andExpect(jsonPath("$.features").isEmpty());
		getOk(this.mvc, "/ogc/collections/buurten/items?bbox=170,-10,-170,10")
			.andExpect(jsonPath("$.numberMatched").value(0));
		// the whole world: everything
		this.mvc.perform(get("/ogc/collections/buurten/items?bbox=-180,-90,180,90"))
			.andExpect(jsonPath("$.numberMatched").value(93));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					three numbers          | /ogc/collections/buurten/items?bbox=6,52,7            | bbox
					five numbers           | /ogc/collections/buurten/items?bbox=6,52,7,53,1       | bbox
					not numbers            | /ogc/collections/buurten/items?bbox=a,b,c,d           | bbox
					empty bbox number      | /ogc/collections/buurten/items?bbox=6,,7,53           | bbox
					latitudes inverted     | /ogc/collections/buurten/items?bbox=6,53,7,52         | bbox
					longitude out of range | /ogc/collections/buurten/items?bbox=200,52,201,53     | bbox
					latitude out of range  | /ogc/collections/buurten/items?bbox=6,-91,7,52        | bbox
					not-a-number           | /ogc/collections/buurten/items?bbox=NaN,52,7,53       | bbox
					limit zero             | /ogc/collections/buurten/items?limit=0                | limit
					negative limit         | /ogc/collections/buurten/items?limit=-5               | limit
					limit not a number     | /ogc/collections/buurten/items?limit=ten              | limit
					negative offset        | /ogc/collections/buurten/items?offset=-1              | offset
					bad datetime           | /ogc/collections/buurten/items?datetime=yesterday     | datetime
					unknown parameter      | /ogc/collections/buurten/items?colour=red             | colour
					unknown parameter (landing) | /ogc?limit=5                                     | limit
					format not offered    | /ogc/collections?f=xml                                | f
					unknown indicator      | /ogc/collections/wijken/items?indicator=Nope          | indicator
					bbox-crs not a CRS URI | /ogc/collections/wijken/items?bbox=1,2,3,4&bbox-crs=EPSG:28992 | bbox-crs
					bbox-crs without bbox  | /ogc/collections/wijken/items?bbox-crs=http://www.opengis.net/def/crs/EPSG/0/28992 | bbox-crs
					crs not offered        | /ogc/collections/wijken/items?crs=http://www.opengis.net/def/crs/EPSG/0/3857 | crs
					crs not offered (item) | /ogc/collections/wijken/items/WK019330?crs=EPSG:3857 | crs
					RD bbox inverted       | /ogc/collections/wijken/items?bbox=210000,500000,200000,510000&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/28992 | bbox
					""")
	void shouldRefuseABadParameterWith400NamingIt(String name, String url, String parameter) throws Exception {
		this.mvc.perform(get(url))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-01-01T00:00:00Z", "2024-01-01/..", "../2025-12-31T23:59:59+01:00", "2025-06-01" })
	void shouldMatchEveryAreaForAValidDatetimeAsAreasHaveNoTime(String datetime) throws Exception {
		this.mvc.perform(get("/ogc/collections/wijken/items").param("datetime", datetime))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.numberMatched").value(18));
	}

	@Test
	void shouldServeOneAreaByItsCode() throws Exception {
		getOk(this.mvc, "/ogc/collections/wijken/items/WK019330")
			.andExpect(content().contentTypeCompatibleWith(GEO_JSON))
			.andExpect(jsonPath("$.type").value("Feature"))
			.andExpect(jsonPath("$.id").value("WK019330"))
			.andExpect(jsonPath("$.geometry.type").value("MultiPolygon"))
			.andExpect(jsonPath("$.properties.name").value("Wijk 30 Holtenbroek"))
			.andExpect(jsonPath("$.properties.level").value("WIJK"))
			.andExpect(jsonPath("$.links[?(@.rel == 'self')].href")
				.value("http://localhost/ogc/collections/wijken/items/WK019330"))
			.andExpect(jsonPath("$.links[?(@.rel == 'collection')].href")
				.value("http://localhost/ogc/collections/wijken"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ogc/collections/wijken/items/WK019399", "/ogc/collections/buurten/items/WK019330",
			"/ogc/collections/wijken/items/nonsense", "/ogc/collections/dorpen", "/ogc/collections/dorpen/items",
			"/ogc/collections/dorpen/items/WK019330" })
	void shouldAnswer404ForWhatDoesNotExist(String url) throws Exception {
		this.mvc.perform(get(url))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void shouldAddAnIndicatorsFiguresToTheItemsWithMissingOnesNull() throws Exception {
		this.mvc
			.perform(get("/ogc/collections/wijken/items?indicator=nextdoor_vu_rapportcijfer_buurt&period=2023"
					+ "&limit=100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features[?(@.id == 'WK019331')].properties.value").value(8.05))
			.andExpect(jsonPath("$.features[?(@.id != 'WK019331')].properties.status", everyItem(is("MISSING"))))
			.andExpect(jsonPath("$.features[?(@.id != 'WK019331')].properties.value", everyItem(nullValue())));
		getOk(this.mvc, "/ogc/collections/wijken/items/WK019331?indicator=nextdoor_vu_rapportcijfer_buurt")
			.andExpect(jsonPath("$.properties.period").value("2023"))
			.andExpect(jsonPath("$.properties.value").value(8.05));
	}

}
