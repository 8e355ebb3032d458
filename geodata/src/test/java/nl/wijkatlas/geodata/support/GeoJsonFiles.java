package nl.wijkatlas.geodata.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundled Zwolle GeoJSON layers, and edited copies of them written into a directory.
 */
public final class GeoJsonFiles {

	public static final String BUURTEN = "datasets/cbs/zwolle_buurten_2025_rd.geojson";

	public static final String WIJKEN = "datasets/cbs/zwolle_wijken_2025_rd.geojson";

	public static final String STADSDELEN = "datasets/zwolle/stadsdelen.csv";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private GeoJsonFiles() {
	}

	public static String text(String resource) {
		try (InputStream in = GeoJsonFiles.class.getClassLoader().getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ObjectNode tree(String resource) {
		return (ObjectNode) MAPPER.readTree(text(resource));
	}

	public static ObjectNode feature(ObjectNode collection, String code) {
		for (JsonNode feature : collection.get("features")) {
			if (code.equals(feature.path("properties").path("statcode").asString())) {
				return (ObjectNode) feature;
			}
		}
		throw new IllegalArgumentException(code + " is not in the collection");
	}

	public static JsonNode json(String json) {
		return MAPPER.readTree(json);
	}

	public static String write(ObjectNode tree) {
		return MAPPER.writeValueAsString(tree);
	}

	public static Path write(Path directory, String name, String content) {
		try {
			return Files.writeString(directory.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a copy of a bundled layer, changed by the editor. */
	public static Path edited(Path directory, String resource, String name, Consumer<ObjectNode> editor) {
		ObjectNode tree = tree(resource);
		editor.accept(tree);
		return write(directory, name, write(tree));
	}

	/** Writes an unchanged copy of a bundled file. */
	public static Path copy(Path directory, String resource, String name) {
		return write(directory, name, text(resource));
	}

	public static ArrayNode features(ObjectNode collection) {
		return (ArrayNode) collection.get("features");
	}

}
