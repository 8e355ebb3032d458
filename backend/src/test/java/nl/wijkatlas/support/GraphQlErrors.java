package nl.wijkatlas.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Posts a GraphQL query through the real HTTP handling and asserts it is answered with a
 * clear error: status 200, the expected code and message, and no stack trace, class or
 * framework name.
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

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
