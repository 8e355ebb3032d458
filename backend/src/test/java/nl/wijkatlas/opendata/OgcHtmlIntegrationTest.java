package nl.wijkatlas.opendata;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTML view of the OGC API: a browser (by {@code Accept} or {@code f=html}) gets a
 * plain, accessible page for every resource, Dutch by default and English with
 * {@code taal=en}; every other client keeps getting JSON.
 */
@WijkatlasIntegrationTest
class OgcHtmlIntegrationTest {

	/** What Firefox and Chrome send for a page. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/ogc", "/ogc/conformance", "/ogc/collections", "/ogc/collections/buurten",
			"/ogc/collections/buurten/queryables", "/ogc/collections/buurten/items",
			"/ogc/collections/wijken/items/WK019330" })
	void shouldServeEveryResourceAsAnHtmlPageToABrowser(String path) throws Exception {
		String page = this.mvc.perform(get(path).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(header().stringValues(HttpHeaders.VARY, hasItem("Accept")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).startsWith("<!doctype html>")
			.contains("<html lang=\"nl\">", "<title>", "<h1>", "<main>")
			.contains("f=json\" type=\"application/json\">Deze pagina als JSON</a>")
			.doesNotContain("<script", "<link rel=\"stylesheet\"");
		this.mvc.perform(get(path + "?f=html"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
	}

	@Test
	void shouldDeclareTheHtmlConformanceClassAndLinkTheApiDocumentation() throws Exception {
		this.mvc.perform(get("/ogc/conformance"))
			.andExpect(
					jsonPath("$.conformsTo", hasItem("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html")));
		this.mvc.perform(get("/ogc"))
			.andExpect(jsonPath("$.links[?(@.rel == 'service-doc')].href").value("http://localhost/ogc/api?f=html"))
			.andExpect(jsonPath("$.links[?(@.rel == 'alternate')].type").value("text/html"));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "*/*", "application/json", "application/geo+json", "application/geo+json, application/json",
					"text/html;q=0.5, application/json", "application/json, text/html" })
	void shouldKeepJsonForEveryOtherClient(String accept) throws Exception {
		this.mvc.perform(get("/ogc/collections/buurten/items").header(HttpHeaders.ACCEPT, accept))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/geo+json")))
			.andExpect(jsonPath("$.type").value("FeatureCollection"));
		this.mvc.perform(get("/ogc/collections").header(HttpHeaders.ACCEPT, accept))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
		this.mvc.perform(get("/ogc/collections/buurten/items?f=json").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/geo+json")));
	}

	@Test
	void shouldShowTheFeaturesAsATableWithPagingLinks() throws Exception {
		String page = html("/ogc/collections/buurten/items?gemeente=GM0193&limit=10&offset=10&f=html");

		assertThat(page)
			.contains("<table>", "<caption>Buurten</caption>", "<th scope=\"col\">code</th>",
					"<th scope=\"col\">parent_code</th>", "78 gevonden, 10 op deze pagina (vanaf nummer 11).")
			.contains("offset=20&amp;f=html\">Volgende pagina →</a>")
			.contains("offset=0&amp;f=html\">← Vorige pagina</a>")
			.containsPattern("<a href=\"http://localhost/ogc/collections/buurten/items/BU0193\\d{4}\\?f=html\">");
		assertThat(count(page, "<tr>")).isEqualTo(1 + 10);
	}

	@Test
	void shouldShowOneFeatureWithItsProperties() throws Exception {
		String page = html("/ogc/collections/buurten/items/BU01933000?f=html");

		assertThat(page).contains("<h1>Holtenbroek IV (BU01933000)</h1>", "<th scope=\"row\">parent_code</th>",
				"<th scope=\"row\">name</th><td>Holtenbroek IV</td>");
	}

	@Test
	void shouldSpeakEnglishWithTaalEn() throws Exception {
		String page = html("/ogc/collections/buurten/items?gemeente=GM0193&limit=10&f=html&taal=en");

		assertThat(page).contains("<html lang=\"en\">", "78 matched, 10 on this page (from number 1).",
				"f=html&amp;taal=en\">Next page →</a>", ">Nederlands</a>", ">This page as JSON</a>");
		this.mvc.perform(get("/ogc?f=html&taal=fr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("taal"));
	}

	@Test
	void shouldKeepTheFilterInTheHtmlViewAndEscapeWhatTheClientSent() throws Exception {
		String filter = "parent_code='WK019330' OR name='<script>alert(1)</script>'";
		String page = html("/ogc/collections/buurten/items?f=html&limit=2&filter="
				+ URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"));

		assertThat(page).doesNotContain("<script").contains("Volgende pagina", "filter=");
		assertThat(count(page, "<td>WK019330</td>")).isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ogc", "/ogc/collections/buurten", "/ogc/collections/buurten/items",
			"/ogc/collections/buurten/queryables", "/ogc/collections/wijken/items/WK019330", "/ogc/api" })
	void shouldRefuseAnUnknownFormatWithProblemJson(String path) throws Exception {
		this.mvc.perform(get(path + "?f=xml"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("f"));
	}

	private String html(String uri) throws Exception {
		return this.mvc.perform(get(URI.create(uri)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static int count(String text, String what) {
		int count = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
			count++;
		}
		return count;
	}

}
