package nl.wijkatlas.opendata;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static nl.wijkatlas.support.Mvc.getOk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * OGC API – Features Part 3 against the real PostGIS: the queryables as JSON Schema and
 * CQL2 text filters, checked against what the unfiltered items say, combined with paging,
 * bbox and crs, and every refusal naming the filter and the character at fault.
 */
@WijkatlasIntegrationTest
class OgcFilterIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldDescribeTheQueryablesAsJsonSchema() throws Exception {
		getOk(this.mvc, "/ogc/collections/buurten/queryables")
			.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/schema+json")))
			.andExpect(jsonPath("$['$schema']").value("https://json-schema.org/draft/2020-12/schema"))
			.andExpect(jsonPath("$['$id']").value("http://localhost/ogc/collections/buurten/queryables"))
			.andExpect(jsonPath("$.type").value("object"))
			.andExpect(jsonPath("$.properties.code.type").value("string"))
			.andExpect(jsonPath("$.properties.code.title").value("Code"))
			.andExpect(jsonPath("$.properties.code.description").isNotEmpty())
			.andExpect(jsonPath("$.properties.parent_code.type").value("string"))
			.andExpect(jsonPath("$.properties.boundary_year.type").value("integer"))
			.andExpect(jsonPath("$.properties.provisional.type").value("boolean"))
			.andExpect(jsonPath("$.properties.level.enum[0]").value("BUURT"))
			.andExpect(jsonPath("$.properties.geometry.format").value("geometry-multipolygon"));
	}

	@Test
	void shouldLinkEachCollectionToItsQueryables() throws Exception {
		// Part 3 and CQL2 conformance: OgcApiIntegrationTest.shouldDeclareConformanceTo
		this.mvc.perform(get("/ogc/collections/wijken"))
			.andExpect(jsonPath("$.links[?(@.rel == 'http://www.opengis.net/def/rel/ogc/1.0/queryables')].href")
				.value("http://localhost/ogc/collections/wijken/queryables"));
	}

	@Test
	void shouldAnswerQueryablesOfAnUnknownCollectionWithProblemJson() throws Exception {
		this.mvc.perform(get("/ogc/collections/straten/queryables"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail", containsString("straten")));
	}

	@Test
	void shouldReturnExactlyTheBuurtenOfOneWijk() throws Exception {
		List<Map<String, Object>> all = properties(items("buurten", null, "limit=1000"));
		long expected = all.stream().filter((p) -> "WK019330".equals(p.get("parent_code"))).count();
		assertThat(expected).isPositive();

		String body = items("buurten", "level='BUURT' AND parent_code='WK019330'", "");

		assertThat((Integer) JsonPath.read(body, "$.numberMatched")).isEqualTo((int) expected);
		assertThat(properties(body)).hasSize((int) expected)
			.allSatisfy((p) -> assertThat(p).containsEntry("parent_code", "WK019330"));
	}

	@Test
	void shouldCombineOrNotParenthesesAndNumbers() throws Exception {
		List<Map<String, Object>> all = properties(items("buurten", null, "limit=1000"));
		long inEither = all.stream()
			.filter((p) -> "WK019330".equals(p.get("parent_code")) || "WK019331".equals(p.get("parent_code")))
			.count();
		int year = (Integer) all.get(0).get("boundary_year");
		long sameYear = all.stream().filter((p) -> Integer.valueOf(year).equals(p.get("boundary_year"))).count();

		assertThat(
				matched("buurten", "(parent_code = 'WK019330' OR parent_code = 'WK019331') and boundary_year > 1900"))
			.isEqualTo(inEither);
		assertThat(matched("buurten", "NOT (parent_code='WK019330' or parent_code='WK019331')"))
			.isEqualTo(all.size() - inEither);
		assertThat(matched("buurten", "boundary_year = " + year)).isEqualTo(sameYear);
		assertThat(matched("buurten", "boundary_year <> " + year + " AND boundary_year < 3000"))
			.isEqualTo(all.size() - sameYear);
		assertThat(matched("buurten", "\"code\" >= 'BU0193' AND code < 'BU0194'"))
			.isEqualTo(all.stream().filter((p) -> ((String) p.get("code")).startsWith("BU0193")).count());
		assertThat(matched("gemeenten", "parent_code IS NULL AND provisional = false")).isEqualTo(2);
		assertThat(matched("wijken", "parent_code IS NOT NULL")).isEqualTo(18);
	}

	@Test
	void shouldOfferLikeBetweenAndIn() throws Exception {
		List<Map<String, Object>> all = properties(items("buurten", null, "limit=1000"));
		long holtenbroek = all.stream().filter((p) -> ((String) p.get("name")).startsWith("Holtenbroek")).count();
		assertThat(holtenbroek).isPositive();
		long inEither = all.stream()
			.filter((p) -> "WK019330".equals(p.get("parent_code")) || "WK019331".equals(p.get("parent_code")))
			.count();
		int year = (Integer) all.get(0).get("boundary_year");
		long sameYear = all.stream().filter((p) -> Integer.valueOf(year).equals(p.get("boundary_year"))).count();

		assertThat(matched("buurten", "name LIKE 'Holtenbroek%'")).isEqualTo(holtenbroek);
		assertThat(matched("buurten", "name NOT LIKE 'Holtenbroek%'")).isEqualTo(all.size() - holtenbroek);
		assertThat(matched("buurten", "name LIKE 'Holtenbroek I_'")).isPositive()
			.isLessThanOrEqualTo((int) holtenbroek);
		assertThat(matched("buurten", "parent_code IN ('WK019330', 'WK019331')")).isEqualTo(inEither);
		assertThat(matched("buurten", "parent_code NOT IN ('WK019330', 'WK019331') AND parent_code IS NOT NULL"))
			.isEqualTo(all.size() - inEither);
		assertThat(matched("buurten", "boundary_year BETWEEN " + year + " AND " + year)).isEqualTo(sameYear);
		assertThat(matched("buurten", "boundary_year NOT BETWEEN " + year + " AND " + year + " AND code LIKE 'BU%'"))
			.isEqualTo(all.size() - sameYear);
	}

	@Test
	void shouldTreatAQuotedValueAsAValueNeverAsSql() throws Exception {
		assertThat(matched("buurten", "name = 'x'' OR ''1''=''1'")).isZero();
		assertThat(matched("buurten", "name = 'Holtenbroek IV'")).isEqualTo(1);
	}

	@Test
	void shouldCarryTheFilterIntoTheNextLinks() throws Exception {
		String filter = "parent_code='WK019330'";
		int expected = matched("buurten", filter);
		assertThat(expected).isGreaterThan(2);

		String first = items("buurten", filter, "limit=2");
		String next = JsonPath.<List<String>>read(first, "$.links[?(@.rel == 'next')].href").get(0);
		assertThat(next).contains("filter=").contains("offset=2");

		String second = getOk(this.mvc, URI.create(next)).andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(second, "$.numberMatched")).isEqualTo(expected);
		assertThat(properties(second)).hasSize(2)
			.allSatisfy((p) -> assertThat(p).containsEntry("parent_code", "WK019330"));
	}

	@Test
	void shouldCombineTheFilterWithBboxAndCrs() throws Exception {
		// The box lies inside WK019330 (see OgcApiIntegrationTest); only its own buurten
		// intersect it and pass the filter.
		String body = items("wijken", "code = 'WK019330' OR code = 'WK019331'",
				"bbox=6.0885,52.5215,6.0893,52.5221&crs=http://www.opengis.net/def/crs/EPSG/0/28992");

		assertThat((Integer) JsonPath.read(body, "$.numberMatched")).isEqualTo(1);
		assertThat(properties(body)).singleElement().satisfies((p) -> assertThat(p).containsEntry("code", "WK019330"));
		Number x = JsonPath.read(body, "$.features[0].geometry.coordinates[0][0][0][0]");
		assertThat(x.doubleValue()).isBetween(190_000.0, 215_000.0);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					unknown property      | colour = 'red'                        | unknown property 'colour' at character 1
					bad syntax            | level = 'BUURT' AND                   | at character 20
					missing operator      | level 'BUURT'                         | at character 7
					LIKE on a number      | boundary_year LIKE '20%'              | cannot be compared
					BETWEEN on strings    | code BETWEEN 'A' AND 'B'              | BETWEEN at character 6 compares numbers
					BETWEEN without AND   | boundary_year BETWEEN 1 OR 2          | expected AND (BETWEEN low AND high) at character 25
					IN mixed types        | code IN ('GM0193', 5)                 | cannot be compared
					IN unclosed           | code IN ('GM0193'                     | a comma or a closing parenthesis
					function not offered  | S_INTERSECTS(geometry, POINT(6 52))   | S_INTERSECTS at character 1
					string against number | boundary_year = '2024'                | cannot be compared
					boolean ordered       | provisional < true                    | character 13
					geometry compared     | geometry = 'x'                        | spatial operators
					date literal          | boundary_year = DATE('2024-01-01')    | no queryable holds a date
					unclosed string       | name = 'Holt                          | not closed
					unclosed parenthesis  | (level = 'BUURT'                      | closing parenthesis
					bad character         | level != 'BUURT'                      | character 7
					lone literal          | 'x'                                   | comparison operator (=, <>, <, <=, >, >=) or IS NULL at character 4
					""")
	void shouldRefuseABadFilterNamingWhatAndWhere(String name, String filter, String detail) throws Exception {
		this.mvc.perform(get(itemsUri("buurten", filter, "")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("filter"))
			.andExpect(jsonPath("$.detail", containsString(detail)));
	}

	@Test
	void shouldRefuseAFilterLanguageItDoesNotOffer() throws Exception {
		this.mvc.perform(get(itemsUri("buurten", "{\"op\":\"=\"}", "filter-lang=cql2-json")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("filter-lang"));
		getOk(this.mvc, itemsUri("buurten", "level='BUURT'", "filter-lang=cql2-text"));
		this.mvc.perform(get(itemsUri("buurten", "", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("empty")));
	}

	private int matched(String collection, String filter) throws Exception {
		return JsonPath.read(items(collection, filter, ""), "$.numberMatched");
	}

	private String items(String collection, String filter, String query) throws Exception {
		return getOk(this.mvc, itemsUri(collection, filter, query)).andReturn().getResponse().getContentAsString();
	}

	private static URI itemsUri(String collection, String filter, String query) {
		StringBuilder uri = new StringBuilder("/ogc/collections/" + collection + "/items?");
		if (filter != null) {
			uri.append("filter=").append(URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"));
		}
		if (!query.isEmpty()) {
			uri.append((filter != null) ? "&" : "").append(query);
		}
		return URI.create(uri.toString());
	}

	private static List<Map<String, Object>> properties(String body) {
		return JsonPath.read(body, "$.features[*].properties");
	}

}
