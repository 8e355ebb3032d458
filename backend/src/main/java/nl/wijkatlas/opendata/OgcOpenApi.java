package nl.wijkatlas.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI 3.0 definition of the OGC API under {@code /ogc} (conformance class oas30),
 * kept in {@code openapi/ogc.yaml} (linted with redocly like the app's other OpenAPI
 * documents) and served as JSON with the server URL the request reached, since OGC API
 * clients (GDAL) read the definition as JSON.
 */
final class OgcOpenApi {

	static final String RESOURCE = "openapi/ogc.yaml";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Parsed once; never modified (each document copies the root). */
	private static final Map<String, Object> DEFINITION = load();

	private OgcOpenApi() {
	}

	/**
	 * The definition as JSON with the server URL this request reached, e.g.
	 * {@code http://host/ogc}.
	 */
	static String document(String ogcUrl) {
		Map<String, Object> document = new LinkedHashMap<>(DEFINITION);
		document.put("servers", List.of(Map.of("url", ogcUrl, "description", "This server's OGC API.")));
		return JSON.writeValueAsString(document);
	}

	/** The definition as written in the resource file. */
	static Map<String, Object> definition() {
		return DEFINITION;
	}

	private static Map<String, Object> load() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

}
