package nl.wijkatlas.initiative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Initiatives written by wijkmanagers: the location is checked (a WGS84 Point inside the
 * gemeente) and decides the buurt; bad input and other areas are refused with nothing
 * written.
 */
@WijkatlasIntegrationTest
class InitiativeMutationIntegrationTest {

	private static final String CREATE = """
			mutation($input: InitiativeInput!) {
			  createInitiative(input: $input) {
			    initiative { id title version location { lon lat } areas { code } }
			    errors { code field message }
			  }
			}
			""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	@Test
	void shouldPlaceAnInitiativeInTheBuurtOfItsLocation() {
		JsonNode payload = create(Tokens.wijkmanager("anna", "SD0193_NOORD"),
				input(Map.of("type", "Point", "coordinates", List.of(6.0889, 52.5218))));
		assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
		assertThat(payload.at("/initiative/areas/0/code").asString()).isEqualTo("BU01933000");
		assertThat(payload.at("/initiative/location/lon").asDouble()).isEqualTo(6.0889);
	}

	static List<Arguments> badLocations() {
		return List.of(
				Arguments.of("outside the gemeente", Map.of("type", "Point", "coordinates", List.of(4.8952, 52.3702)),
						"outside the gemeente"),
				Arguments.of("RD New coordinates", Map.of("type", "Point", "coordinates", List.of(203000, 503000)),
						"not a WGS84 position"),
				Arguments.of("another CRS named",
						Map.of("type", "Point", "coordinates", List.of(6.0889, 52.5218), "crs",
								Map.of("type", "name", "properties", Map.of("name", "EPSG:28992"))),
						"must be in WGS84"),
				Arguments.of("not a point",
						Map.of("type", "Polygon", "coordinates",
								List.of(List.of(List.of(6.0, 52.5), List.of(6.1, 52.5), List.of(6.0, 52.5)))),
						"must be a GeoJSON Point"),
				Arguments.of("huge numbers", Map.of("type", "Point", "coordinates", List.of(1e300, -1e300)),
						"not a WGS84 position"),
				Arguments.of("one coordinate", Map.of("type", "Point", "coordinates", List.of(6.0889)),
						"two finite numbers"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badLocations")
	void shouldRefuseABadLocationAndWriteNothing(String name, Map<String, Object> location, String message) {
		long before = rows();
		JsonNode payload = create(Tokens.admin("root"), input(location));
		assertThat(payload.at("/errors/0/code").asString()).isEqualTo("INVALID");
		assertThat(payload.at("/errors/0/message").asString()).contains(message);
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAWijkmanagerWhoseAreasDoNotHoldTheLocation() {
		long before = rows();
		JsonNode payload = create(Tokens.wijkmanager("carol", "SD0193_ZUID"),
				input(Map.of("type", "Point", "coordinates", List.of(6.0889, 52.5218))));
		assertThat(payload.at("/errors/0/code").asString()).isEqualTo("FORBIDDEN");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void shouldRefuseANegativeAmountAndAnUnknownScheme() {
		Map<String, Object> input = new HashMap<>(input(null));
		input.put("areaCodes", List.of("WK019330"));
		input.put("amount", -10);
		input.put("fundingSchemeId", "geen-regeling");
		JsonNode payload = create(Tokens.admin("root"), input);
		assertThat(payload.at("/errors").valueStream().map((e) -> e.at("/message").asString()).toList())
			.anyMatch((m) -> m.contains("non-negative"))
			.anyMatch((m) -> m.contains("no initiative scheme with id geen-regeling"));
	}

	private JsonNode create(String token, Map<String, Object> input) {
		return this.http.payload(token, CREATE, "createInitiative", Map.of("input", input));
	}

	private static Map<String, Object> input(Map<String, Object> location) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", "Buurtmoestuin Bachlaan");
		input.put("description", "Test initiative");
		if (location != null) {
			input.put("location", location);
		}
		return input;
	}

	private long rows() {
		return this.jdbc.sql("select (select count(*) from initiative) + (select count(*) from change)")
			.query(Long.class)
			.single();
	}

}
