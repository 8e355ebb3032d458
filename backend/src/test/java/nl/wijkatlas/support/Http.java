package nl.wijkatlas.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP to the application under test, for tests that must see what a real client
 * sees: any body, any headers, the status and headers of the answer. A
 * {@link WijkatlasIntegrationTest} gets one for the application on {@code localhost} with
 * {@code @Autowired Http http} ({@link HttpConfiguration}); other tests build one from
 * the port.
 */
public final class Http {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	/** The application on {@code localhost}. */
	public Http(int port) {
		this("http://localhost:" + port);
	}

	private Http(String base) {
		this.base = base;
	}

	/**
	 * The application on 127.0.0.1 exactly: for tests of forwarded headers, where the
	 * IPv4 loopback address is the one trusted proxy ({@code localhost} may be ::1).
	 */
	public static Http loopback(int port) {
		return new Http("http://127.0.0.1:" + port);
	}

	/**
	 * The status, the response as received and its body as JSON ({@code null} node when
	 * the body is empty or not JSON).
	 */
	public record Response(int status, HttpResponse<String> raw, JsonNode body) {

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		/** The first GraphQL error's {@code extensions.code}. */
		public String code() {
			return this.body.at("/errors/0/extensions/code").asString();
		}

	}

	/** A GraphQL POST to {@code /graphql} as {@link #post} sends it. */
	public Response graphql(String query, Map<String, Object> variables, String... headers) {
		Map<String, Object> body = new HashMap<>();
		body.put("query", query);
		if (variables != null) {
			body.put("variables", variables);
		}
		return post("/graphql", JSON.writeValueAsString(body), headers);
	}

	/**
	 * A GraphQL POST as the holder of a bearer token ({@code null}: anonymous), accepting
	 * plain {@code application/json} as the mutation tests' clients do: an invalid token
	 * is refused with 401 before GraphQL runs.
	 */
	public Response graphqlAs(String token, String query, Map<String, Object> variables) {
		if (token == null) {
			return graphql(query, variables, "Accept", "application/json");
		}
		return graphql(query, variables, "Accept", "application/json", "Authorization", "Bearer " + token);
	}

	/**
	 * The payload of a mutation (or the answer of a query) at {@code data.<field>}, sent
	 * as {@link #graphqlAs} sends it: a refusal inside the payload still answers 200.
	 */
	public JsonNode payload(String token, String query, String field, Map<String, Object> variables) {
		Response response = graphqlAs(token, query, variables);
		assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
		return response.body().at("/data/" + field);
	}

	/**
	 * A JSON POST that accepts a GraphQL response, with extra headers as name, value
	 * pairs (a header named here replaces the default of that name).
	 */
	public Response post(String path, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return send(withHeaders(request, headers).build());
	}

	/** A GET with headers as name, value pairs. */
	public Response get(String path, String... headers) {
		return send(withHeaders(HttpRequest.newBuilder(URI.create(url(path))), headers).build());
	}

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode body;
			try {
				body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
			}
			catch (RuntimeException ex) {
				body = JSON.nullNode();
			}
			return new Response(response.statusCode(), response, body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String url(String path) {
		return this.base + path;
	}

	private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
		for (int i = 0; i < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		return request;
	}

	/**
	 * A refusal must not leak the server's insides: no stack trace, class or SQL text.
	 */
	public static void assertNoLeak(Response response) {
		assertThat(response.raw().body()).doesNotContain("Exception", "at nl.", "at org.", "java.", "graphql.",
				"SELECT", "select ");
	}

}
