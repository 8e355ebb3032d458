package nl.wijkatlas.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP GraphQL calls with an optional bearer token, for tests that must see the
 * status code (an invalid token is refused before GraphQL runs).
 */
public final class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String url;

	public GraphQlHttp(int port) {
		this.url = "http://localhost:" + port + "/graphql";
	}

	public record Response(int status, JsonNode body) {
	}

	public Response post(String token, String query, Map<String, Object> variables) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.url))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
			return new Response(response.statusCode(), body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
