package nl.wijkatlas.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raw HTTP for the hardening tests: any body, any headers, the status and headers seen.
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	Http(int port) {
		this.base = "http://localhost:" + port;
	}

	record Response(int status, HttpResponse<String> raw, JsonNode body) {

		String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		String code() {
			return this.body.at("/errors/0/extensions/code").asString();
		}

	}

	Response graphql(String query, Map<String, Object> variables, String... headers) {
		java.util.Map<String, Object> body = new java.util.HashMap<>();
		body.put("query", query);
		if (variables != null) {
			body.put("variables", variables);
		}
		return post("/graphql", JSON.writeValueAsString(body), headers);
	}

	Response post(String path, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	Response send(HttpRequest request) {
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

	String url(String path) {
		return this.base + path;
	}

}
