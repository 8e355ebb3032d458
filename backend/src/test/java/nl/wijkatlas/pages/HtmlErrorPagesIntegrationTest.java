package nl.wijkatlas.pages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser never sees Spring's Whitelabel page: an unknown path answers 404 with the
 * app's own not-found page in the page's language, through the servlet container's error
 * handling (which MockMvc does not run); an API client asking for JSON does not get HTML.
 */
@WijkatlasIntegrationTest
class HtmlErrorPagesIntegrationTest {

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void shouldShowTheAppsNotFoundPageForAnUnknownPathInBothLanguages() throws Exception {
		HttpResponse<String> dutch = get("/foo", "text/html,application/xhtml+xml");
		assertThat(dutch.statusCode()).isEqualTo(404);
		assertThat(dutch.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		assertThat(dutch.body()).contains("<meta name=\"wijkatlas-status\" content=\"404\" />")
			.contains("<title>Niet gevonden – Wijkatlas</title>")
			.contains("<main id=\"inhoud\"")
			.doesNotContain("Whitelabel");
		HttpResponse<String> english = get("/foo/bar?taal=en", "text/html");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("<html lang=\"en\">").contains("<title>Not found – Wijkatlas</title>");
	}

	@Test
	void shouldKeepErrorsForApiClientsOutOfHtml() throws Exception {
		HttpResponse<String> json = get("/foo", "application/json");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.body()).doesNotContain("<html").doesNotContain("Whitelabel");
	}

}
