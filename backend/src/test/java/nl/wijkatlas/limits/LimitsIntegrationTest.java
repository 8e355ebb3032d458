package nl.wijkatlas.limits;

import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;

import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The abuse limits with their default configuration: each hostile document is refused
 * with a clear message and a stable {@code extensions.code}, ordinary and introspection
 * queries still pass, and no answer leaks a stack trace or a class name.
 */
@WijkatlasIntegrationTest
class LimitsIntegrationTest {

	@Autowired
	Http http;

	@Test
	void shouldRefuseAQueryNestedDeeperThanTheLimit() {
		String query = "{ area(code: \"BU01933000\") { " + "parent { ".repeat(20) + "code" + " }".repeat(20) + " } }";
		Http.Response response = this.http.graphql(query, null);
		assertThat(response.code()).as(response.raw().body()).isEqualTo("QUERY_TOO_DEEP");
		assertThat(response.body().at("/errors/0/message").asString()).contains("at most 15");
		assertThat(response.body().at("/data").isMissingNode() || response.body().at("/data").isNull()).isTrue();
		Http.assertNoLeak(response);
	}

	@Test
	void shouldAllowAnOrdinaryQueryAndTheFullIntrospectionQuery() {
		Http.Response ordinary = this.http.graphql(
				"{ areas(level: WIJK, first: 100) { edges { node { code parent { code } children { code } } } } }",
				null);
		assertThat(ordinary.status()).isEqualTo(200);
		assertThat(ordinary.body().at("/errors").isMissingNode()).as(ordinary.body().toString()).isTrue();
		Http.Response introspection = this.http.graphql(IntrospectionQuery.INTROSPECTION_QUERY, null);
		assertThat(introspection.body().at("/errors").isMissingNode()).as(introspection.body().toString()).isTrue();
		assertThat(introspection.body().at("/data/__schema/types").size()).isGreaterThan(20);
	}

	@Test
	void shouldRefuseAQueryWhoseListsMultiplyPastTheComplexityLimit() {
		Http.Response response = this.http
			.graphql("{ areas(first: 1000) { edges { node { children { children { children { code } } } } } } }", null);
		assertThat(response.code()).as(response.raw().body()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(response.body().at("/errors/0/message").asString()).contains("at most 250000");
		Http.assertNoLeak(response);
	}

	/**
	 * A document is parsed and validated once (DocumentCache) and passes the limits once
	 * per operation and variables (PassedOnce): the same text must still be refused when
	 * other variables take it past a limit, and a refused request must be refused again.
	 */
	@Test
	void shouldCheckTheLimitsOfACachedDocumentForEveryNewSetOfVariables() {
		String query = "query($n: Int) { areas(first: $n) { edges { node { children { children { children { code } } } } } } }";
		for (int i = 0; i < 2; i++) {
			Http.Response small = this.http.graphql(query, Map.of("n", 1), "Cache-Control", "no-cache");
			assertThat(small.body().at("/errors").isMissingNode()).as(small.raw().body()).isTrue();
			Http.Response large = this.http.graphql(query, Map.of("n", 1000), "Cache-Control", "no-cache");
			assertThat(large.code()).as(large.raw().body()).isEqualTo("QUERY_TOO_COMPLEX");
			assertThat(large.body().at("/errors/0/message").asString()).contains("at most 250000");
		}
		String deep = "{ area(code: \"BU01933000\") { " + "parent { ".repeat(20) + "code" + " }".repeat(20) + " } }";
		for (int i = 0; i < 2; i++) {
			assertThat(this.http.graphql(deep, null).code()).isEqualTo("QUERY_TOO_DEEP");
		}
	}

	@Test
	void shouldRefuseAnAliasFlood() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 600; i++) {
			query.append(" a").append(i).append(": areas(first: 100) { totalCount }");
		}
		Http.Response response = this.http.graphql(query.append(" }").toString(), null);
		assertThat(response.code()).as(response.raw().body()).isIn("QUERY_TOO_COMPLEX", "REQUEST_TOO_LARGE");
		Http.assertNoLeak(response);
	}

	@Test
	void shouldRefuseAFragmentFlood() {
		Http.Response response = this.http.graphql(fragmentFlood("{ areas(first: 1000) { edges { node { ...f0 } } } }"),
				null);
		assertThat(response.code()).as(response.raw().body()).isIn("QUERY_TOO_COMPLEX", "QUERY_TOO_DEEP");
		Http.assertNoLeak(response);
	}

	@Test
	void shouldRefuseADocumentWithTooManyTokens() {
		String query = "{ " + "x ".repeat(6000) + "}";
		Http.Response response = this.http.graphql(query, null);
		assertThat(response.code()).as(response.raw().body()).isEqualTo("REQUEST_TOO_LARGE");
		Http.assertNoLeak(response);
	}

	@Test
	void shouldRefuseADocumentWithTooManyCharacters() {
		String query = "{ __typename }" + "#".repeat(60_000);
		Http.Response response = this.http.graphql(query, null);
		assertThat(response.code()).as(response.raw().body()).isEqualTo("REQUEST_TOO_LARGE");
	}

	@Test
	void shouldRefuseABodyLargerThanTheLimitWith413() {
		String body = "{\"query\":\"{ __typename }\",\"variables\":{\"pad\":\"" + "x".repeat(150_000) + "\"}}";
		Http.Response response = this.http.post("/graphql", body);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.code()).as(response.raw().body()).isEqualTo("REQUEST_TOO_LARGE");
		assertThat(response.body().at("/errors/0/extensions/requestId").asString()).isNotBlank();
	}

	@Test
	void shouldGiveSyntaxAndValidationErrorsAStableCode() {
		Http.Response syntax = this.http.graphql("{ area(code: ", null);
		assertThat(syntax.code()).isEqualTo("GRAPHQL_PARSE_FAILED");
		assertThat(syntax.status()).isEqualTo(400);
		Http.Response validation = this.http.graphql("{ nope }", null);
		assertThat(validation.code()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
		Http.Response variables = this.http.graphql("query($lon: Float!) { areaAt(lon: $lon, lat: 52.5) { code } }",
				Map.of("lon", "east"));
		assertThat(variables.code()).isEqualTo("BAD_USER_INPUT");
		Http.assertNoLeak(syntax);
		Http.assertNoLeak(validation);
		Http.assertNoLeak(variables);
	}

	@Test
	void shouldHonourTheCallersRequestIdInHeaderAndErrors() {
		Http.Response response = this.http.graphql("{ area(code: \"nonsense!\") { code } }", null, "X-Request-Id",
				"abc-123");
		assertThat(response.header("X-Request-Id")).isEqualTo("abc-123");
		assertThat(response.body().at("/errors/0/extensions/requestId").asString()).isEqualTo("abc-123");
		assertThat(response.code()).as(response.raw().body()).isEqualTo("BAD_USER_INPUT");
		Http.Response generated = this.http.graphql("{ __typename }", null, "X-Request-Id",
				"<script>alert(1)</script>");
		assertThat(generated.header("X-Request-Id")).isNotEqualTo("<script>alert(1)</script>").hasSizeGreaterThan(10);
	}

	/**
	 * The operation followed by fragments f0 to f18, each spreading the next twice (once
	 * through {@code children}): a short document whose expansion doubles with every
	 * fragment.
	 */
	static String fragmentFlood(String operation) {
		StringBuilder query = new StringBuilder(operation);
		for (int i = 0; i < 18; i++) {
			query.append(" fragment f")
				.append(i)
				.append(" on Area { code ...f")
				.append(i + 1)
				.append(" children { ...f")
				.append(i + 1)
				.append(" } }");
		}
		return query.append(" fragment f18 on Area { code }").toString();
	}

}
