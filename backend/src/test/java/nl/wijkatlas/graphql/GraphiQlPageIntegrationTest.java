package nl.wijkatlas.graphql;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code /graphiql} is the web module's own GraphiQL page: its scripts and styles are the
 * app's own {@code /assets/*} (no CDN, nothing from another host), and it carries the
 * site's Content-Security-Policy like every page. The browser test
 * {@code web/e2e/graphiql.test.mjs} runs a query in it with every foreign request
 * blocked.
 */
@WijkatlasIntegrationTest
class GraphiQlPageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldServeTheBundledGraphiQlPageUnderTheSitesPolicy() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/graphiql")).andReturn().getResponse();
		String html = response.getContentAsString();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(html).contains("<div id=\"graphiql\">").containsPattern("src=\"/assets/graphiql-[^\"]+\\.js\"");
		assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
		List<String> policies = response.getHeaders("Content-Security-Policy");
		assertThat(policies).anySatisfy((policy) -> assertThat(policy).contains("script-src 'self'"));
		assertThat(policies)
			.noneSatisfy((policy) -> assertThat(policy).containsPattern("script-src[^;]*(https?:|\\*)"));
	}

	@Test
	void shouldKeepGraphiQlOffTheAppsPages() throws Exception {
		String index = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

		assertThat(index).contains("/assets/index-").doesNotContainPattern("/assets/graphiql-");
	}

}
