package nl.wijkatlas.caching;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.StatementCounting;
import nl.wijkatlas.support.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL response cache: a repeated anonymous query costs no statement and answers
 * the same bytes; a mutation makes the next answer fresh; credentials, errors and
 * {@code Cache-Control: no-cache} are never served from it.
 */
@WijkatlasIntegrationTest
@Import(StatementCounting.class)
class GraphQlResponseCacheIntegrationTest {

	@Autowired
	DataVersion dataVersion;

	@Autowired
	Http http;

	@Test
	void shouldAnswerARepeatedQueryFromTheCacheUntilAMutationChangesTheData() throws Exception {
		String query = profileQuery();
		HttpResponse<String> first = post(query, Map.of());
		assertThat(first.headers().firstValue(GraphQlResponseCache.HEADER)).contains("miss");

		StatementCounting.reset();
		HttpResponse<String> again = post(query, Map.of());
		assertThat(again.headers().firstValue(GraphQlResponseCache.HEADER)).contains("hit");
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(StatementCounting.count()).isZero();

		String title = "Cachetest " + UUID.randomUUID();
		long version = this.dataVersion.current();
		HttpResponse<String> created = post(CREATE, Map.of("Authorization", "Bearer " + Tokens.admin("root")),
				Map.of("input", opgave(title)));
		assertThat(created.body()).contains(title).contains("\"errors\":[]");
		assertThat(created.headers().firstValue(GraphQlResponseCache.HEADER)).contains("bypass");
		awaitVersionAfter(version);

		HttpResponse<String> after = post(query, Map.of());
		assertThat(after.headers().firstValue(GraphQlResponseCache.HEADER)).contains("miss");
		assertThat(after.body()).contains(title);
	}

	@Test
	void shouldComputeAfreshForCredentialsNoCacheAndErrors() throws Exception {
		String query = profileQuery();
		post(query, Map.of());

		StatementCounting.reset();
		HttpResponse<String> withToken = post(query, Map.of("Authorization", "Bearer " + Tokens.admin("root")));
		assertThat(withToken.headers().firstValue(GraphQlResponseCache.HEADER)).contains("bypass");
		assertThat(StatementCounting.count()).isPositive();

		StatementCounting.reset();
		HttpResponse<String> noCache = post(query, Map.of("Cache-Control", "no-cache"));
		assertThat(noCache.headers().firstValue(GraphQlResponseCache.HEADER)).contains("bypass");
		assertThat(StatementCounting.count()).isPositive();

		String unknown = "query Unknown" + suffix() + " { area(code: \"WK999999\") { code } }";
		assertThat(post(unknown, Map.of()).headers().firstValue(GraphQlResponseCache.HEADER)).contains("miss");
		HttpResponse<String> unknownAgain = post(unknown, Map.of());
		assertThat(unknownAgain.headers().firstValue(GraphQlResponseCache.HEADER)).contains("miss");
		assertThat(unknownAgain.body()).contains("NOT_FOUND");
	}

	@Test
	void shouldKeepAnswersApartByVariables() throws Exception {
		String query = "query Named" + suffix() + "($code: ID!) { area(code: $code) { code name } }";
		assertThat(postWithVariables(query, Map.of("code", "WK019330")).body()).contains("WK019330");
		HttpResponse<String> other = postWithVariables(query, Map.of("code", "WK019311"));
		assertThat(other.headers().firstValue(GraphQlResponseCache.HEADER)).contains("miss");
		assertThat(other.body()).contains("WK019311").doesNotContain("WK019330");
	}

	private static String profileQuery() {
		return "query Profile" + suffix()
				+ " { area(code: \"WK019330\") { code name opgaven { title } credits { name } } }";
	}

	private static String suffix() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private void awaitVersionAfter(long version) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (this.dataVersion.current() == version && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(this.dataVersion.current()).isGreaterThan(version);
	}

	private HttpResponse<String> post(String query, Map<String, String> headers) {
		return post(query, headers, Map.of());
	}

	private HttpResponse<String> postWithVariables(String query, Map<String, Object> variables) {
		return post(query, Map.of(), variables);
	}

	private HttpResponse<String> post(String query, Map<String, String> headers, Map<String, Object> variables) {
		String[] pairs = headers.entrySet()
			.stream()
			.flatMap((header) -> Stream.of(header.getKey(), header.getValue()))
			.toArray(String[]::new);
		Http.Response response = this.http.graphql(query, variables, pairs);
		assertThat(response.status()).isEqualTo(200);
		return response.raw();
	}

	private static final String CREATE = """
			mutation($input: OpgaveInput!) {
			  createOpgave(input: $input) { opgave { id title } errors { code } }
			}
			""";

	private static Map<String, Object> opgave(String title) {
		return Map.of("title", title, "theme", "sociale cohesie", "period", "2025-2026", "areaCodes",
				List.of("WK019330"), "doelen", List.of());
	}

}
