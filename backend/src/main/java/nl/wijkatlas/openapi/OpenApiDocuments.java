package nl.wijkatlas.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkatlas.problem.RequestRefused;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI 3 documents of the REST APIs (NLGov API Design Rules
 * {@code /core/doc-openapi}, {@code /core/publish-openapi}), every {@code openapi/*.yaml}
 * resource of the application: {@code GET /openapi} lists them, {@code GET
 * /openapi/{name}.yaml} serves each exactly as written ({@code application/yaml}) and
 * {@code GET /openapi/{name}.json} the same document as JSON. Open to every origin, so an
 * API viewer on another site can load them.
 */
@RestController
@CrossOrigin(origins = "*")
class OpenApiDocuments {

	static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

	private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]{0,40}$");

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The base path of each API and the name of its document. */
	static final Map<String, String> BASE_PATHS = Map.of("/data", "data", "/tiles", "tiles", "/oembed", "oembed",
			"/api/adressen", "adressen");

	/** Each document by name ({@code data} for {@code openapi/data.yaml}), sorted. */
	private final Map<String, Document> documents;

	OpenApiDocuments() throws IOException {
		Map<String, Document> found = new TreeMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:openapi/*.yaml")) {
			String file = resource.getFilename();
			String name = (file != null) ? file.substring(0, file.length() - ".yaml".length()) : "";
			if (!NAME.matcher(name).matches()) {
				continue;
			}
			try (InputStream in = resource.getInputStream()) {
				byte[] yaml = in.readAllBytes();
				found.put(name, Document.of(yaml));
			}
		}
		this.documents = found;
	}

	@GetMapping(path = "/openapi", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> index() {
		List<Map<String, Object>> apis = new ArrayList<>();
		this.documents.forEach((name, document) -> {
			Map<String, Object> api = new LinkedHashMap<>();
			api.put("name", name);
			api.put("title", document.info("title"));
			api.put("version", document.info("version"));
			api.put("yaml", "/openapi/" + name + ".yaml");
			api.put("json", "/openapi/" + name + ".json");
			BASE_PATHS.forEach((base, documentName) -> {
				if (documentName.equals(name)) {
					api.put("basePath", base);
					api.put("openapi", base + "/openapi.json");
				}
			});
			apis.add(api);
		});
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("description", "The OpenAPI 3 documents of the Wijkatlas REST APIs; the GraphQL API describes "
				+ "itself at /graphql (introspection).");
		body.put("apis", apis);
		return ResponseEntity.ok().cacheControl(CACHE).body(body);
	}

	@GetMapping("/openapi/{name}.yaml")
	ResponseEntity<byte[]> yaml(@PathVariable String name) {
		return ResponseEntity.ok().contentType(YAML).cacheControl(CACHE).body(document(name).yaml());
	}

	@GetMapping("/openapi/{name}.json")
	ResponseEntity<byte[]> json(@PathVariable String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CACHE)
			.body(document(name).json());
	}

	/** The document of the API whose base path the request is under, as JSON. */
	@GetMapping({ "/data/openapi.json", "/tiles/openapi.json", "/oembed/openapi.json", "/api/adressen/openapi.json" })
	ResponseEntity<byte[]> jsonAtBasePath(HttpServletRequest request) {
		return json(BASE_PATHS.get(basePath(request)));
	}

	/** The document of the API whose base path the request is under, as written. */
	@GetMapping({ "/data/openapi.yaml", "/tiles/openapi.yaml", "/oembed/openapi.yaml", "/api/adressen/openapi.yaml" })
	ResponseEntity<byte[]> yamlAtBasePath(HttpServletRequest request) {
		return yaml(BASE_PATHS.get(basePath(request)));
	}

	private static String basePath(HttpServletRequest request) {
		String path = request.getServletPath();
		return path.substring(0, path.lastIndexOf('/'));
	}

	private Document document(String name) {
		Document document = this.documents.get(name);
		if (document == null) {
			throw RequestRefused.notFound("No OpenAPI document '" + name + "'; the documents are listed at /openapi");
		}
		return document;
	}

	/** One document as written and as JSON. */
	record Document(byte[] yaml, byte[] json, Map<String, Object> info) {

		@SuppressWarnings("unchecked")
		static Document of(byte[] yaml) {
			Object tree = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(new String(yaml, StandardCharsets.UTF_8));
			if (!(tree instanceof Map<?, ?> map)) {
				throw new UncheckedIOException(new IOException("an OpenAPI document is not a YAML mapping"));
			}
			Object info = map.get("info");
			return new Document(yaml, JSON.writeValueAsBytes(tree),
					(info instanceof Map<?, ?> i) ? (Map<String, Object>) i : Map.of());
		}

		String info(String key) {
			Object value = this.info.get(key);
			return (value != null) ? value.toString() : null;
		}

	}

}
