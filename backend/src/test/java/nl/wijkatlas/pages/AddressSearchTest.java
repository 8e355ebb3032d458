package nl.wijkatlas.pages;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.wijkatlas.problem.RequestRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The address search passes plain words to the Locatieserver, only within the atlas's
 * gemeenten, and follows no redirect; its refusals are problems with their status.
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
			answer(exchange, "{}");
		});
		server.start();
		try {
			AddressSearchController controller = searchingAt(server, "GM0193");
			assertThatThrownBy(() -> controller.search("{!lucene}Dobbe")).isInstanceOf(RequestRefused.class)
				.extracting((ex) -> ((RequestRefused) ex).status().value())
				.isEqualTo(502);
			assertThat(followed.get()).isZero();
			assertThat(asked.get()).contains("q=%5C%7B%5C%21lucene%5C%7DDobbe");
			assertThatThrownBy(() -> controller.search("Dobbe\u000070")).isInstanceOf(RequestRefused.class)
				.extracting((ex) -> ((RequestRefused) ex).status().value())
				.isEqualTo(400);
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void shouldAskOnlyForAddressesInTheAtlasGemeenten() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicReference<String> asked = new AtomicReference<>();
		server.createContext("/free", (exchange) -> {
			asked.set(exchange.getRequestURI().getRawQuery());
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			answer(exchange, "{\"response\":{\"numFound\":0,\"docs\":[]}}");
		});
		server.start();
		try {
			AddressSearchController controller = searchingAt(server, "GM1771", "GM0193");
			assertThat(controller.search("Kerkstraat 1").getStatusCode().value()).isEqualTo(200);
			List<String> filters = java.util.Arrays.stream(asked.get().split("&"))
				.filter((pair) -> pair.startsWith("fq="))
				.map((pair) -> URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8))
				.toList();
			assertThat(filters).containsExactlyInAnyOrder(AddressSearchController.TYPES, "gemeentecode:(0193 OR 1771)");
			assertThat(asked.get()).contains("q=Kerkstraat+1");
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void shouldBuildTheGemeenteFilterOnlyFromGemeenteCodes() {
		assertThat(AddressSearchController.gemeenteFilter(List.of("GM0193"))).isEqualTo("gemeentecode:(0193)");
		assertThat(AddressSearchController.gemeenteFilter(List.of("GM0193", "GM0193", "WK019330", "GM12) OR (x")))
			.isEqualTo("gemeentecode:(0193)");
		assertThat(AddressSearchController.gemeenteFilter(List.of())).isNull();
	}

	/**
	 * The controller, asking the stand-in Locatieserver for addresses in the gemeenten.
	 */
	private static AddressSearchController searchingAt(HttpServer server, String... gemeenten) {
		return new AddressSearchController(new FrontendProperties("http://127.0.0.1:" + server.getAddress().getPort()),
				() -> List.of(gemeenten));
	}

	/** Answers 200 with the body and ends the exchange. */
	private static void answer(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

}
