package nl.wijkatlas.standards;

import java.time.Duration;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.ToolRun;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL clients with their defaults: {@code qa/clients.mjs} runs urql (queries over
 * GET) and Apollo Client (automatic persisted queries, also over GET) from npm against
 * this application, and checks null propagation and the 405 of a mutation over GET. The
 * Java checks below pin the HTTP details and that the response cache serves GET and
 * persisted-query requests.
 */
@WijkatlasIntegrationTest
class GraphQlClientsIntegrationTest {

	@Autowired
	Http http;

	@Test
	void shouldWorkWithUrqlAndApolloClientWithTheirDefaults() throws Exception {
		ToolRun.expectQaScriptSuccess("clients.mjs", "@apollo/client", Duration.ofMinutes(3), url());
	}

	@Test
	void shouldAnswerQueriesOverGetAndServeRepeatsFromTheResponseCache() throws Exception {
		String query = "query($code: ID!) { area(code: $code) { code name } }";
		String uri = url() + "?query=" + encode(query) + "&variables=" + encode("{\"code\":\"WK019311\"}");
		HttpResponse<String> first = send(HttpRequest.newBuilder(URI.create(uri)).GET());
		HttpResponse<String> second = send(HttpRequest.newBuilder(URI.create(uri)).GET());

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(Http.JSON.readTree(first.body()).at("/data/area/code").asString()).isEqualTo("WK019311");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("X-Wijkatlas-Cache")).hasValue("hit");
	}

	@Test
	void shouldRefuseMutationsOverGetWith405AndAGraphQlError() throws Exception {
		HttpResponse<String> response = send(HttpRequest
			.newBuilder(URI.create(url() + "?query=" + encode("mutation M { __typename }") + "&operationName=M"))
			.header("Accept", "application/json")
			.GET());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(Http.JSON.readTree(response.body()).at("/errors/0/extensions/code").asString())
			.isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void shouldRegisterAPersistedQueryAndServeItByHashFromTheResponseCache() throws Exception {
		String query = "{ area(code: \"WK019330\") { code name level } }";
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
		Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));

		JsonNode unknown = post(Map.of("extensions", extensions));
		assertThat(unknown.at("/errors/0/extensions/code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(unknown.at("/errors/0/message").asString()).isEqualTo("PersistedQueryNotFound");

		JsonNode mismatch = post(Map.of("query", "{ __typename }", "extensions", extensions));
		assertThat(mismatch.at("/errors/0/extensions/code").asString()).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");

		JsonNode registered = post(Map.of("query", query, "extensions", extensions));
		assertThat(registered.at("/data/area/name").asString()).isEqualTo("Wijk 30 Holtenbroek");

		HttpResponse<String> byHash = postRaw(Map.of("extensions", extensions));
		HttpResponse<String> again = postRaw(Map.of("extensions", extensions));
		assertThat(Http.JSON.readTree(byHash.body()).at("/data/area/name").asString()).isEqualTo("Wijk 30 Holtenbroek");
		assertThat(again.headers().firstValue("X-Wijkatlas-Cache")).hasValue("hit");

		String get = url() + "?extensions=" + encode(Http.JSON.writeValueAsString(extensions));
		HttpResponse<String> overGet = send(HttpRequest.newBuilder(URI.create(get)).GET());
		assertThat(Http.JSON.readTree(overGet.body()).at("/data/area/level").asString()).isEqualTo("WIJK");
	}

	@Test
	void shouldLeaveAFieldWithAnErrorNullAndAnswerTheOthers() throws Exception {
		JsonNode answer = post(Map.of("query",
				"{ tooMany: areas(first: 5000) { totalCount edges { node { code } } } gemeenten: areas(level: GEMEENTE) { totalCount } }"));

		assertThat(answer.at("/data/tooMany").isNull()).as("%s", answer).isTrue();
		assertThat(answer.at("/data/gemeenten/totalCount").asInt()).isEqualTo(2);
		assertThat(answer.at("/errors/0/path/0").asString()).isEqualTo("tooMany");
		assertThat(answer.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
	}

	private JsonNode post(Map<String, Object> body) throws Exception {
		return Http.JSON.readTree(postRaw(body).body());
	}

	private HttpResponse<String> postRaw(Map<String, Object> body) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(url()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(body))));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return this.http.send(request.build()).raw();
	}

	private String url() {
		return this.http.url("/graphql");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
