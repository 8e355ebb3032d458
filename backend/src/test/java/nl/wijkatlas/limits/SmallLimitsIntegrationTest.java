package nl.wijkatlas.limits;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limits that need small settings to be seen: the result-node limit, the request time
 * limit and the database statement timeout on every pooled connection.
 */
@WijkatlasIntegrationTest(properties = { "wijkatlas.import-bundled=false", "wijkatlas.limits.max-result-nodes=300",
		"wijkatlas.limits.request-timeout=1ms",
		"spring.datasource.hikari.data-source-properties.options=-c statement_timeout=1500" })
class SmallLimitsIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	@Test
	void shouldAnswerTooManyResultsOrTimeoutNeverAPartialLeak() {
		Http.Response response = this.http.graphql("{ __schema { types { name fields { name args { name } } } } }",
				null);
		assertThat(response.code()).isIn("TOO_MANY_RESULTS", "TIMEOUT");
		assertThat(response.body().at("/errors/0/extensions/requestId").asString()).isNotBlank();
		Http.assertNoLeak(response);
	}

	@Test
	void shouldTimeOutARequestThatTakesLongerThanTheLimit() {
		// A tiny query (far under the result-node limit) that provably takes 200 ms: not
		// a
		// race between the timeout and the node limit.
		Http.Response response = this.http.graphql("query SlowOnPurpose { __typename }", null);
		assertThat(response.code()).isEqualTo("TIMEOUT");
		assertThat(response.body().at("/errors/0/message").asString()).contains("request-timeout");
	}

	/**
	 * Makes the operation named {@code SlowOnPurpose} answer 200 ms late, asynchronously
	 * (as a slow data fetch would), so the request time limit is met for certain. A
	 * {@code WebGraphQlInterceptor}, the hook the time limit itself uses: registered
	 * after the application's own interceptors, it runs inside their timeout (were it
	 * outside, no TIMEOUT would come and the test would fail, not pass).
	 */
	@TestConfiguration
	static class SlowOnPurpose {

		@Bean
		WebGraphQlInterceptor slowOnPurpose() {
			return (request, chain) -> request.getDocument().contains("SlowOnPurpose")
					? chain.next(request).delayElement(Duration.ofMillis(200)) : chain.next(request);
		}

	}

	@Test
	void shouldStopSqlThatRunsLongerThanTheStatementTimeout() {
		assertThat(this.jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("1500ms");
		assertThatThrownBy(() -> this.jdbc.sql("select pg_sleep(3)").query(String.class).single())
			.isInstanceOf(QueryTimeoutException.class);
	}

}
