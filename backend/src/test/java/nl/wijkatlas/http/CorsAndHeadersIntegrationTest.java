package nl.wijkatlas.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS on the GraphQL endpoint is open for reads and closed for writes from other
 * origins; every page carries the security headers, with framing allowed only for
 * {@code /embed/}.
 */
@WijkatlasIntegrationTest
class CorsAndHeadersIntegrationTest {

	private static final String EVIL = "https://evil.example";

	private static final String CREATE = """
			mutation($input: InitiativeInput!) { createInitiative(input: $input) { initiative { id } errors { code } } }""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	@Test
	void shouldLetAnyOriginReadTheApi() {
		Http.Response preflight = preflight("content-type");
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
		Http.Response read = this.http.graphql("{ area(code: \"GM0193\") { name } }", null, "Origin", EVIL);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(read.body().at("/data/area/name").asString()).isEqualTo("Zwolle");
	}

	@Test
	void shouldNotLetAnotherOriginSendCredentials() {
		// The preflight names only the headers it allows; without Authorization among
		// them
		// the browser does not send the request at all.
		Http.Response preflight = preflight("authorization, content-type");
		String allowed = String.valueOf(preflight.header("Access-Control-Allow-Headers")).toLowerCase();
		assertThat(allowed).doesNotContain("authorization");
		assertThat(preflight.status() == 403 || allowed.contains("content-type")).isTrue();
	}

	@Test
	void shouldRefuseAWriteFromAnotherOriginEvenWithAValidTokenAndWriteNothing() {
		long before = rows();
		Http.Response response = this.http.graphql(CREATE, Map.of("input", input()), "Origin", EVIL, "Authorization",
				"Bearer " + Tokens.admin("root"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.code()).isEqualTo("FORBIDDEN_ORIGIN");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void shouldAcceptAWriteFromThisSite() {
		long before = rows();
		Http.Response response = this.http.graphql(CREATE, Map.of("input", input()), "Origin", this.http.url(""),
				"Authorization", "Bearer " + Tokens.admin("root"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().at("/data/createInitiative/errors").size()).as(response.body().toString()).isZero();
		assertThat(rows()).isEqualTo(before + 2);
	}

	@Test
	void shouldSendSecurityHeadersAndAllowFramingOnlyForEmbeds() {
		for (String path : List.of("/", "/graphql", "/data/areas/wijk.geojson", "/does-not-exist")) {
			Http.Response response = get(path);
			assertThat(String.join("; ", response.raw().headers().allValues("Content-Security-Policy"))).as(path)
				.contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "frame-ancestors 'self'")
				.doesNotContain("frame-ancestors *")
				.doesNotContain("unsafe-eval");
			assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.header("X-Request-Id")).as(path).isNotBlank();
		}
		Http.Response embed = get("/embed/anything");
		assertThat(String.join("; ", embed.raw().headers().allValues("Content-Security-Policy")))
			.contains("default-src 'self'", "frame-ancestors *");
	}

	private Http.Response preflight(String headers) {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/graphql")))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", EVIL)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", headers)
			.build());
	}

	private Http.Response get(String path) {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.http.url(path))).GET().build());
	}

	private static Map<String, Object> input() {
		return Map.of("title", "Van deze site", "location",
				Map.of("type", "Point", "coordinates", List.of(6.0889, 52.5218)));
	}

	private long rows() {
		return this.jdbc.sql("select (select count(*) from initiative) + (select count(*) from change)")
			.query(Long.class)
			.single();
	}

}
