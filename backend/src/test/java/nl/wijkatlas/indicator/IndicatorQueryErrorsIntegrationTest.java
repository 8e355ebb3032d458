package nl.wijkatlas.indicator;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.GraphQlErrors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad indicator arguments get a clear GraphQL error with a stable code: never a stack
 * trace, never an empty answer that looks like data.
 */
@WijkatlasIntegrationTest
class IndicatorQueryErrorsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					unknown indicator       | { indicator(code: "geluk_index") { code } }                                           | NOT_FOUND      | No indicator with code geluk_index
					malformed indicator     | { indicator(code: "1; drop") { code } }                                              | BAD_USER_INPUT | is not an indicator code
					malformed period        | { indicator(code: "AantalInwoners_5") { values(period: "2025-01") { value } } }      | BAD_USER_INPUT | is not a period
					backwards range         | { indicator(code: "AantalInwoners_5") { values(period: "2025-2024") { value } } }    | BAD_USER_INPUT | is not a period
					unknown level           | { indicator(code: "AantalInwoners_5") { values(period: "2025", level: DORP) { value } } } | ValidationError | DORP
					unknown code of area    | { area(code: "WK019311") { indicatorValues(codes: ["AantalInwoners_5", "nope"]) { value } } } | NOT_FOUND | No indicator with code nope
					malformed code of area  | { area(code: "WK019311") { indicatorValues(codes: ["a b"]) { value } } }              | BAD_USER_INPUT | is not an indicator code
					malformed area period   | { area(code: "WK019311") { indicatorValues(period: "twintig") { value } } }           | BAD_USER_INPUT | is not a period
					page too large          | { indicators(first: 5000) { totalCount } }                                            | BAD_USER_INPUT | must be between 0 and 1000
					malformed cursor        | { indicators(after: "bm9wZQ==") { totalCount } }                                      | BAD_USER_INPUT | after
					""")
	void shouldAnswerBadInputWithAClearError(String name, String query, String code, String messagePart)
			throws Exception {
		GraphQlErrors.assertClearError(this.mvc, query, code, messagePart);
	}

}
