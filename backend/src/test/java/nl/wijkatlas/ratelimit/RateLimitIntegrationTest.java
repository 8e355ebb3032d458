package nl.wijkatlas.ratelimit;

import java.net.http.HttpResponse;

import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limits through the whole server: Tomcat's forwarded-header handling (native,
 * loopback the only trusted proxy, as in application.yaml), the security filter and the
 * limiter. Small limits, so a few requests reach them; each test uses its own client
 * addresses (sent through the trusted loopback proxy) so the tests do not share buckets.
 */
@WijkatlasIntegrationTest(properties = { "wijkatlas.rate-limit.enabled=true", "server.forward-headers-strategy=native",
		"wijkatlas.import-bundled=false", "wijkatlas.rate-limit.graphql.requests-per-minute=6",
		"wijkatlas.rate-limit.graphql.burst=3", "wijkatlas.rate-limit.search.requests-per-minute=6",
		"wijkatlas.rate-limit.search.burst=2", "wijkatlas.rate-limit.downloads.requests-per-minute=6",
		"wijkatlas.rate-limit.downloads.burst=2", "wijkatlas.rate-limit.tiles.requests-per-minute=6",
		"wijkatlas.rate-limit.tiles.burst=2", "wijkatlas.locatieserver-url=" })
// Properties of its own, so no other test reuses the context: close it and its
// connections.
@DirtiesContext
class RateLimitIntegrationTest {

	private final Http http;

	RateLimitIntegrationTest(@LocalServerPort int port) {
		// The client's own address is the trusted loopback proxy's: IPv4, as configured.
		this.http = Http.loopback(port);
	}

	@Test
	void shouldAnswer429ProblemWithRetryAfterToAnAnonymousGraphQlClientOverItsLimit() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(graphql("198.51.100.10", null).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = graphql("198.51.100.10", null);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		// 6 a minute: a token every 10 s.
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 10L);
		JsonNode problem = Http.JSON.readTree(refused.body());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("code").asString()).isEqualTo("RATE_LIMITED");
		assertThat(problem.get("requestId").asString()).isNotBlank();
		// A caller with a valid token is not throttled; a made-up token gets 401, not
		// work.
		String token = Tokens.admin("ratelimit");
		for (int i = 0; i < 5; i++) {
			assertThat(graphql("198.51.100.10", token).statusCode()).isEqualTo(200);
		}
		assertThat(graphql("198.51.100.10", "not-a-token").statusCode()).isEqualTo(401);
	}

	@Test
	void shouldLimitDownloadsTilesAndAddressSearchPerClient() throws Exception {
		String client = "198.51.100.20";
		assertThat(get("/data/areas/wijk.geojson", client).statusCode()).isNotEqualTo(429);
		assertThat(get("/ogc/collections", client).statusCode()).isNotEqualTo(429);
		assertThat(get("/data/areas/wijk.geojson", client).statusCode()).isEqualTo(429);
		assertThat(get("/ogc/collections/wijken/items", client).statusCode()).isEqualTo(429);

		assertThat(get("/tiles/wijken/12/2117/1343.mvt", client).statusCode()).isNotEqualTo(429);
		assertThat(get("/tiles/wijken/12/2117/1344.mvt", client).statusCode()).isNotEqualTo(429);
		assertThat(get("/tiles/wijken/12/2117/1345.mvt", client).statusCode()).isEqualTo(429);

		// Address search with no Locatieserver configured answers 503, until the limit.
		assertThat(get("/api/adressen?q=Dobbe", client).statusCode()).isEqualTo(503);
		assertThat(get("/api/adressen?q=Dobbe", client).statusCode()).isEqualTo(503);
		assertThat(get("/api/adressen?q=Dobbe", client).statusCode()).isEqualTo(429);

		// Pages and the configuration are never limited.
		for (int i = 0; i < 5; i++) {
			assertThat(get("/api/config", client).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void shouldCountTheRightMostUntrustedAddressNotWhatTheClientWritesOnTheLeft() throws Exception {
		for (int i = 0; i < 2; i++) {
			assertThat(get("/tiles/buurten/12/2117/1343.mvt", "203.0.113.5").statusCode()).isNotEqualTo(429);
		}
		assertThat(get("/tiles/buurten/12/2117/1343.mvt", "203.0.113.5").statusCode()).isEqualTo(429);
		// Entries left of the client's own address are the client's to write: no escape.
		assertThat(get("/tiles/buurten/12/2117/1343.mvt", "127.0.0.1, 203.0.113.5").statusCode()).isEqualTo(429);
		assertThat(get("/tiles/buurten/12/2117/1343.mvt", "192.0.2.99, 203.0.113.5").statusCode()).isEqualTo(429);
		// Another client behind the same proxy has a bucket of its own.
		assertThat(get("/tiles/buurten/12/2117/1343.mvt", "203.0.113.6").statusCode()).isNotEqualTo(429);
	}

	private HttpResponse<String> graphql(String forwardedFor, String token) {
		String[] headers = (token != null)
				? new String[] { "X-Forwarded-For", forwardedFor, "Authorization", "Bearer " + token }
				: new String[] { "X-Forwarded-For", forwardedFor };
		return this.http.post("/graphql", "{\"query\":\"{ __typename }\"}", headers).raw();
	}

	private HttpResponse<String> get(String path, String forwardedFor) {
		return this.http.get(path, "X-Forwarded-For", forwardedFor).raw();
	}

}
