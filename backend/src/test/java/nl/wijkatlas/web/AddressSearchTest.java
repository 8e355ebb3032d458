package nl.wijkatlas.web;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address search passes plain words to the Locatieserver and follows no redirect.
 */
class AddressSearchTest {

	@Test
	void shouldEscapeSolrSyntaxSoOnlyWordsGoOut() {
		assertThat(AddressSearchController.solrTerms("Dobbe 70")).isEqualTo("Dobbe 70");
		assertThat(AddressSearchController.solrTerms("{!lucene df=id}*:*")).isEqualTo("\\{\\!lucene df=id\\}\\*\\:\\*");
		assertThat(AddressSearchController.solrTerms("8011 AND type:adres OR NOT x"))
			.isEqualTo("8011 and type\\:adres or not x");
		assertThat(AddressSearchController.solrTerms("\"a\" (b) [c TO d]")).isEqualTo("\\\"a\\\" \\(b\\) \\[c TO d\\]");
	}

	@Test
	void shouldAnswer502ForARedirectInsteadOfFollowingIt() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicInteger followed = new AtomicInteger();
		AtomicReference<String> asked = new AtomicReference<>();
		server.createContext("/free", (exchange) -> {
			asked.set(exchange.getRequestURI().getRawQuery());
			exchange.getResponseHeaders().set("Location", "/elsewhere");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		server.createContext("/elsewhere", (exchange) -> {
			followed.incrementAndGet();
			byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			AddressSearchController controller = new AddressSearchController(
					new FrontendProperties("http://127.0.0.1:" + server.getAddress().getPort()));
			assertThat(controller.search("{!lucene}Dobbe").getStatusCode().value()).isEqualTo(502);
			assertThat(followed.get()).isZero();
			assertThat(asked.get()).contains("q=%5C%7B%5C%21lucene%5C%7DDobbe");
			assertThat(controller.search("Dobbe\u000070").getStatusCode().value()).isEqualTo(400);
		}
		finally {
			server.stop(0);
		}
	}

}
