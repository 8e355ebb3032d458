package nl.wijkatlas.support;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Asserts that a GraphQL query is answered with an error: posted through the real HTTP
 * handling with a clear error ({@link #assertClearError}), or through a
 * {@code GraphQlTester} with exactly one ({@link #assertSingleError}).
 */
public final class GraphQlErrors {

	private GraphQlErrors() {
	}

	public static void assertClearError(MockMvc mvc, String query, String code, String messagePart) throws Exception {
		String body = "{\"query\":" + quote(query) + "}";
		MvcResult result = mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn();
		if (result.getRequest().isAsyncStarted()) {
			result = mvc.perform(asyncDispatch(result)).andReturn();
		}
		String response = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(response).isEqualTo(200);
		assertThat(response).contains("\"errors\"").contains(code).contains(messagePart);
		assertThat(response).doesNotContain("Exception").doesNotContain("at nl.").doesNotContain("org.springframework");
	}

	/**
	 * The document is answered with exactly one error, whose message contains the part.
	 */
	public static void assertSingleError(GraphQlTester graphQl, String document, String messagePart) {
		graphQl.document(document)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains(messagePart)));
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
