package nl.wijkatlas.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.geodata.AreaLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI documents list the tile layers and the OGC API collections as an enum of
 * their own (a document is read without the code); the code has one list, the levels'
 * plurals ({@link AreaLevel#plural()}). The two must not drift apart.
 */
class LevelNamesInOpenApiTest {

	@ParameterizedTest
	@CsvSource({ "openapi/tiles.yaml, Layer", "openapi/ogc.yaml, collectionId" })
	void shouldListExactlyTheLevelPluralsOfTheCode(String resource, String parameter) throws IOException {
		assertThat(levelEnum(resource, parameter))
			.isEqualTo(Arrays.stream(AreaLevel.values()).map(AreaLevel::plural).toList());
	}

	@SuppressWarnings("unchecked")
	private static List<String> levelEnum(String resource, String parameter) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			Map<String, Object> components = (Map<String, Object>) document.get("components");
			Map<String, Object> parameters = (Map<String, Object>) components.get("parameters");
			Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) parameters.get(parameter))
				.get("schema");
			return (List<String>) schema.get("enum");
		}
	}

}
