package nl.wijkatlas.graphql;

import nl.wijkatlas.support.GraphQlErrors;
import nl.wijkatlas.support.WijkatlasIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad arguments of the area and indicator queries get a clear GraphQL error with a stable
 * code, over real HTTP handling: never a stack trace, a class name or a 500, never an
 * empty answer that looks like data.
 */
@WijkatlasIntegrationTest
class QueryArgumentErrorsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					malformed code          | { area(code: "XX12") { code } }                              | BAD_USER_INPUT | not an area code
					unknown code            | { area(code: "WK019399") { code } }                          | NOT_FOUND      | No area with code WK019399
					longitude out of range  | { areaAt(lon: 999, lat: 52.5) { code } }                      | BAD_USER_INPUT | is not a WGS84 position
					latitude out of range   | { areaAt(lon: 6.1, lat: -91) { code } }                       | BAD_USER_INPUT | is not a WGS84 position
					non-numeric longitude   | { areaAt(lon: "six", lat: 52.5) { code } }                    | ValidationError | WrongType
					page too large          | { areas(first: 100000) { totalCount } }                       | BAD_USER_INPUT | must be between 0 and 1000
					negative page size      | { areas(first: -1) { totalCount } }                           | BAD_USER_INPUT | must be between 0 and 1000
					unknown parent          | { areas(parent: "WK019399") { totalCount } }                  | NOT_FOUND      | No area with code WK019399
					malformed cursor        | { areas(after: "bm9wZQ==") { totalCount } }                   | BAD_USER_INPUT | after
					unknown area level      | { areas(level: DORP) { totalCount } }                         | ValidationError | DORP
					negative simplify       | { area(code: "GM0193") { geometry(simplify: -1) } }           | BAD_USER_INPUT | tolerance in metres
					unknown indicator       | { indicator(code: "geluk_index") { code } }                                           | NOT_FOUND      | No indicator with code geluk_index
					malformed indicator     | { indicator(code: "1; drop") { code } }                                              | BAD_USER_INPUT | is not an indicator code
					malformed period        | { indicator(code: "AantalInwoners_5") { values(period: "2025-01") { value } } }      | BAD_USER_INPUT | is not a period
					backwards range         | { indicator(code: "AantalInwoners_5") { values(period: "2025-2024") { value } } }    | BAD_USER_INPUT | is not a period
					unknown indicator level | { indicator(code: "AantalInwoners_5") { values(period: "2025", level: DORP) { value } } } | ValidationError | DORP
					unknown code of area    | { area(code: "WK019311") { indicatorValues(codes: ["AantalInwoners_5", "nope"]) { value } } } | NOT_FOUND | No indicator with code nope
					malformed code of area  | { area(code: "WK019311") { indicatorValues(codes: ["a b"]) { value } } }              | BAD_USER_INPUT | is not an indicator code
					malformed area period   | { area(code: "WK019311") { indicatorValues(period: "twintig") { value } } }           | BAD_USER_INPUT | is not a period
					indicator page too large | { indicators(first: 5000) { totalCount } }                                            | BAD_USER_INPUT | must be between 0 and 1000
					malformed indicator cursor | { indicators(after: "bm9wZQ==") { totalCount } }                                      | BAD_USER_INPUT | after
					""")
	void shouldAnswerBadInputWithAClearError(String name, String query, String code, String messagePart)
			throws Exception {
		GraphQlErrors.assertClearError(this.mvc, query, code, messagePart);
	}

}
