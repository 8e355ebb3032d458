package nl.wijkatlas.area;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.GraphQlErrors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad arguments get a clear GraphQL error with a stable code, over real HTTP handling:
 * never a stack trace, a class name or a 500.
 */
@WijkatlasIntegrationTest
class AreaQueryErrorsIntegrationTest {

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
					unknown level           | { areas(level: DORP) { totalCount } }                         | ValidationError | DORP
					negative simplify       | { area(code: "GM0193") { geometry(simplify: -1) } }           | BAD_USER_INPUT | tolerance in metres
					""")
	void shouldAnswerBadInputWithAClearError(String name, String query, String code, String messagePart)
			throws Exception {
		GraphQlErrors.assertClearError(this.mvc, query, code, messagePart);
	}

}
