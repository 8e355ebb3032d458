package nl.wijkatlas.opendata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OGC API's OpenAPI definition as served from {@code openapi/ogc.yaml}: the server
 * URL filled in, a tag and description on every operation, a description on every
 * parameter, exactly the query parameters each endpoint accepts (anything else is a 400),
 * the offered CRSs, and feature schemas with typed properties.
 */
@WijkatlasIntegrationTest
class OgcOpenApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldServeTheDefinitionWithThisServersUrlContactAndDescribedOperations() throws Exception {
		String api = api();

		assertThat((String) JsonPath.read(api, "$.servers[0].url")).isEqualTo("http://localhost/ogc");
		assertThat((String) JsonPath.read(api, "$.info.contact.name")).isNotBlank();
		List<Map<String, Object>> operations = JsonPath.read(api, "$.paths.*.get");
		assertThat(operations).hasSize(8).allSatisfy((operation) -> {
			assertThat(operation.get("tags")).asList().isNotEmpty();
			assertThat((String) operation.get("description")).isNotBlank();
			assertThat((String) operation.get("summary")).isNotBlank();
		});
		Map<String, Map<String, Object>> parameters = JsonPath.read(api, "$.components.parameters");
		assertThat(parameters.values())
			.allSatisfy((parameter) -> assertThat((String) parameter.get("description")).isNotBlank());
		assertThat(parameters).containsKeys("filter", "filter-lang", "f", "crs", "bbox-crs", "taal");
	}

	@Test
	void shouldDeclareExactlyTheQueryParametersEachEndpointAccepts() throws Exception {
		String api = api();

		assertThat(queryParameters(api, "/collections/{collectionId}/items"))
			.isEqualTo(OgcItemsController.ITEMS_PARAMETERS);
		assertThat(queryParameters(api, "/collections/{collectionId}/items/{featureId}"))
			.isEqualTo(OgcItemsController.ITEM_PARAMETERS);
		assertThat(queryParameters(api, "/collections/{collectionId}/queryables")).containsOnly("f", "taal");
		List<String> crs = JsonPath.read(api, "$.components.parameters.crs.schema.enum");
		assertThat(crs).isEqualTo(OgcCrs.uris());
		List<String> bboxCrs = JsonPath.read(api, "$.components.parameters.bbox-crs.schema.enum");
		assertThat(bboxCrs).isEqualTo(OgcCrs.uris());
		List<String> languages = JsonPath.read(api, "$.components.parameters.filter-lang.schema.enum");
		assertThat(languages).containsExactly(OgcItemsController.CQL2_TEXT);
	}

	@Test
	void shouldDescribeTheFeaturesWithTypedProperties() throws Exception {
		String api = api();

		assertThat((String) JsonPath.read(api,
				"$.paths['/collections/{collectionId}/items'].get.responses.200.content['application/geo+json'].schema['$ref']"))
			.isEqualTo("#/components/schemas/FeatureCollection");
		Map<String, Map<String, Object>> properties = JsonPath.read(api,
				"$.components.schemas.AreaProperties.properties");
		for (Queryable queryable : Queryable.values()) {
			if (queryable.type() != Queryable.Type.GEOMETRY) {
				assertThat(properties.get(queryable.property())).as(queryable.property())
					.containsEntry("type", queryable.type().jsonType());
			}
		}
		assertThat(properties.get("value")).containsEntry("type", "number").containsEntry("nullable", true);
		assertThat((String) JsonPath.read(api, "$.components.schemas.Feature.properties.geometry['$ref']"))
			.isEqualTo("#/components/schemas/MultiPolygon");
	}

	@Test
	void shouldShowTheDefinitionToABrowser() throws Exception {
		String page = this.mvc.perform(get("/ogc/api").header(HttpHeaders.ACCEPT, "text/html"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<h2>GET /collections/{collectionId}/items</h2>",
				"<th scope=\"row\">filter-lang</th>");
	}

	private String api() throws Exception {
		return this.mvc.perform(get("/ogc/api").header(HttpHeaders.ACCEPT,
				"application/vnd.oai.openapi+json;version=3.0, application/openapi+json;version=3.0, application/json"))
			.andExpect(status().isOk())
			.andExpect(
					content().contentTypeCompatibleWith(MediaType.parseMediaType("application/vnd.oai.openapi+json")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The names of an operation's query parameters, references resolved. */
	private static Set<String> queryParameters(String api, String path) {
		List<Map<String, Object>> declared = JsonPath.read(api, "$.paths['" + path + "'].get.parameters");
		List<Map<String, Object>> resolved = new ArrayList<>();
		for (Map<String, Object> parameter : declared) {
			String ref = (String) parameter.get("$ref");
			resolved.add((ref != null)
					? JsonPath.read(api, "$.components.parameters['" + ref.substring(ref.lastIndexOf('/') + 1) + "']")
					: parameter);
		}
		Set<String> names = new HashSet<>();
		resolved.stream().filter((p) -> "query".equals(p.get("in"))).forEach((p) -> names.add((String) p.get("name")));
		return names;
	}

}
