package nl.wijkatlas.openapi;

import java.time.Duration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.wijkatlas.support.ToolRun;
import nl.wijkatlas.support.WijkatlasIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every OpenAPI document in {@code src/main/resources/openapi/} — whoever adds one — is
 * linted with Redocly CLI ({@code qa/node_modules}, {@code redocly.yaml}: the recommended
 * rules plus contact, descriptions and tags) with zero errors, states the API's version,
 * describes every error as {@code application/problem+json}, and is served at
 * {@code /openapi/{name}.yaml} exactly as written and at {@code /openapi/{name}.json} as
 * the same document, both listed at {@code /openapi}.
 */
@WijkatlasIntegrationTest(properties = "wijkatlas.locatieserver-url=http://127.0.0.1:9/locatieserver/")
class OpenApiDocumentsIntegrationTest {

	private static final Path FOLDER = Path.of("src", "main", "resources", "openapi");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static List<Path> documents;

	@LocalServerPort
	int port;

	@Value("${wijkatlas.api-version}")
	String apiVersion;

	private final HttpClient client = HttpClient.newHttpClient();

	@BeforeAll
	static void documents() throws IOException {
		try (Stream<Path> files = Files.list(FOLDER)) {
			documents = files.filter((file) -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
		}
		assertThat(documents).extracting((file) -> file.getFileName().toString())
			.contains("data.yaml", "tiles.yaml", "oembed.yaml", "adressen.yaml");
	}

	@Test
	void shouldLintEveryDocumentWithoutErrors() throws Exception {
		Path qa = Path.of("..", "qa").toAbsolutePath().normalize();
		Path cli = qa.resolve("node_modules/@redocly/cli/bin/cli.js");
		assertThat(cli).as("qa dependencies installed (npm ci --prefix qa)").isRegularFile();
		List<String> command = new ArrayList<>(List.of("node", cli.toString(), "lint", "--config", "redocly.yaml"));
		documents.forEach((file) -> command.add(file.toString()));
		ProcessBuilder builder = new ProcessBuilder(command);
		// Nothing leaves the machine: no usage telemetry, no update check.
		builder.environment().put("REDOCLY_TELEMETRY", "off");
		builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
		String output = ToolRun.expectSuccess(builder, "redocly", Duration.ofMinutes(3));
		for (Path file : documents) {
			assertThat(output.toString()).as("linted %s", file).contains(file + ": validated");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldStateTheApiVersionAndContactAndDescribeEveryErrorAsAProblem() throws IOException {
		for (Path file : documents) {
			Map<String, Object> document = yaml(Files.readString(file));
			Map<String, Object> info = (Map<String, Object>) document.get("info");
			assertThat(info.get("version")).as("%s info.version is the API-Version", file).isEqualTo(this.apiVersion);
			assertThat((Map<String, Object>) info.get("contact")).as("%s info.contact", file).isNotEmpty();
			Map<String, Object> components = (Map<String, Object>) document.getOrDefault("components", Map.of());
			Map<String, Object> shared = (Map<String, Object>) components.getOrDefault("responses", Map.of());
			Map<String, Object> paths = (Map<String, Object>) document.get("paths");
			int errors = 0;
			for (Map.Entry<String, Object> path : paths.entrySet()) {
				for (Map.Entry<String, Object> operation : ((Map<String, Object>) path.getValue()).entrySet()) {
					if (!(operation.getValue() instanceof Map<?, ?> op) || op.get("responses") == null) {
						continue;
					}
					for (Map.Entry<String, Object> response : ((Map<String, Object>) op.get("responses")).entrySet()) {
						String status = response.getKey();
						if (!status.startsWith("4") && !status.startsWith("5") && !status.equals("default")) {
							continue;
						}
						Map<String, Object> described = (Map<String, Object>) response.getValue();
						if (described.get("$ref") instanceof String ref) {
							described = (Map<String, Object>) shared.get(ref.substring(ref.lastIndexOf('/') + 1));
						}
						assertThat((Map<String, Object>) described.get("content"))
							.as("%s %s %s %s is a problem", file, operation.getKey(), path.getKey(), status)
							.containsOnlyKeys("application/problem+json");
						errors++;
					}
				}
			}
			assertThat(errors).as("%s describes its errors", file).isPositive();
		}
	}

	@Test
	void shouldServeEveryDocumentAsWrittenAndAsJson() throws Exception {
		JsonNode index = JSON.readTree(get("/openapi", 200, "application/json").body());
		for (Path file : documents) {
			String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
			HttpResponse<String> yaml = get("/openapi/" + name + ".yaml", 200, "application/yaml");
			assertThat(yaml.body()).isEqualTo(Files.readString(file));
			assertThat(yaml.headers().firstValue("API-Version")).hasValue(this.apiVersion);
			HttpResponse<String> json = get("/openapi/" + name + ".json", 200, "application/json");
			assertThat(JSON.readTree(json.body())).isEqualTo(JSON.valueToTree(yaml(yaml.body())));
			assertThat(index.findValuesAsString("yaml")).contains("/openapi/" + name + ".yaml");
			assertThat(index.findValuesAsString("json")).contains("/openapi/" + name + ".json");
		}
		assertThat(index.get("apis")).hasSize(documents.size());
		// The standard location of /core/publish-openapi: openapi.json in the API's base
		// path, with CORS open to every origin.
		for (Map.Entry<String, String> api : Map
			.of("/data", "data", "/tiles", "tiles", "/oembed", "oembed", "/api/adressen", "adressen")
			.entrySet()) {
			String written = Files.readString(FOLDER.resolve(api.getValue() + ".yaml"));
			HttpResponse<String> json = get(api.getKey() + "/openapi.json", 200, "application/json");
			assertThat(JSON.readTree(json.body())).isEqualTo(JSON.valueToTree(yaml(written)));
			assertThat(get(api.getKey() + "/openapi.yaml", 200, "application/yaml").body()).isEqualTo(written);
			HttpResponse<String> cors = this.client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + api.getKey() + "/openapi.json"))
						.header("Origin", "https://viewer.example")
						.GET()
						.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(cors.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		}
		get("/openapi/nothing.yaml", 404, "application/problem+json");
	}

	private HttpResponse<String> get(String path, int status, String contentType) throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as("content type of %s", path)
			.hasValueSatisfying((type) -> assertThat(type).startsWith(contentType));
		return response;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> yaml(String text) {
		return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
	}

}
