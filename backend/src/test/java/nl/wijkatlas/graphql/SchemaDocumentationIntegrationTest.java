package nl.wijkatlas.graphql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running schema, read by introspection as a client reads it: every type, field,
 * argument, input field, enum value and directive has a description (only the
 * introspection types {@code __*}, which graphql-java describes itself, are left out; the
 * connection types Spring synthesises are described by {@link ConnectionDescriptions});
 * the custom scalars name their specification with {@code @specifiedBy}; every object
 * type a client caches has {@code id: ID!}.
 */
@WijkatlasIntegrationTest
class SchemaDocumentationIntegrationTest {

	private static final String INTROSPECTION = """
			{ __schema {
			    types { kind name description specifiedByURL
			      fields(includeDeprecated: true) { name description args { name description }
			        type { kind name ofType { kind name } } }
			      inputFields { name description }
			      enumValues(includeDeprecated: true) { name description } }
			    directives { name description args { name description } } } }
			""";

	/**
	 * Object types that are values inside the object that holds them, not records of
	 * their own: they have no identity to key, and a normalising cache stores them
	 * embedded in their parent (urql Graphcache: {@code keys: { T: () => null }}). A new
	 * object type must either get an {@code id} or be added here, on purpose.
	 */
	static final Set<String> EMBEDDED_VALUE_TYPES = Set.of("LonLat", "Membership", "RealisedToDate", "Forecast",
			"CreditTableTotal", "BudgetYear", "IndicatorCoverage", "Derivation", "IndicatorSeries", "IndicatorValue",
			"Peers", "Doel", "Inspanning", "Middel", "ChapterView", "ChapterLayers", "Citation", "UserError",
			"Download");

	@Autowired
	HttpGraphQlTester autowiredTester;

	HttpGraphQlTester graphQlTester;

	/**
	 * A minute instead of five seconds per request: the first request after the context
	 * starts can take longer than that on a busy machine.
	 */
	@BeforeEach
	void patientTester() {
		this.graphQlTester = this.autowiredTester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(1)))
			.responseTimeout(Duration.ofMinutes(1))
			.build();
	}

	@Test
	void shouldDescribeEveryTypeFieldArgumentEnumValueAndDirective() {
		Map<String, Object> schema = schema();
		List<String> undescribed = new ArrayList<>();
		for (Map<String, Object> type : list(schema, "types")) {
			String name = (String) type.get("name");
			if (name.startsWith("__")) {
				continue;
			}
			if (blank(type.get("description"))) {
				undescribed.add("type " + name);
			}
			for (Map<String, Object> field : list(type, "fields")) {
				if (blank(field.get("description"))) {
					undescribed.add("field " + name + "." + field.get("name"));
				}
				for (Map<String, Object> argument : list(field, "args")) {
					if (blank(argument.get("description"))) {
						undescribed
							.add("argument " + name + "." + field.get("name") + "(" + argument.get("name") + ")");
					}
				}
			}
			for (Map<String, Object> field : list(type, "inputFields")) {
				if (blank(field.get("description"))) {
					undescribed.add("input field " + name + "." + field.get("name"));
				}
			}
			for (Map<String, Object> value : list(type, "enumValues")) {
				if (blank(value.get("description"))) {
					undescribed.add("enum value " + name + "." + value.get("name"));
				}
			}
		}
		for (Map<String, Object> directive : list(schema, "directives")) {
			if (blank(directive.get("description"))) {
				undescribed.add("directive @" + directive.get("name"));
			}
			for (Map<String, Object> argument : list(directive, "args")) {
				if (blank(argument.get("description"))) {
					undescribed.add("argument @" + directive.get("name") + "(" + argument.get("name") + ")");
				}
			}
		}

		assertThat(undescribed).as("schema elements without a description").isEmpty();
	}

	@Test
	void shouldDescribeTheConnectionTypesSpringSynthesises() {
		Map<String, Map<String, Object>> types = typesByName(schema());

		assertThat(types.get("AreaConnection").get("description")).asString()
			.startsWith("A page of Area items, as a Relay cursor connection");
		assertThat(fieldDescription(types.get("AreaEdge"), "cursor")).startsWith("An opaque cursor");
		assertThat(fieldDescription(types.get("PageInfo"), "endCursor")).contains("pass it as after");
		assertThat(fieldDescription(types.get("AreaConnection"), "totalCount"))
			.isEqualTo("How many areas match the filter, over all pages.");
	}

	@Test
	void shouldNameTheSpecificationOfEveryCustomScalar() {
		Map<String, Map<String, Object>> types = typesByName(schema());
		Set<String> custom = new TreeSet<>();
		types.values()
			.stream()
			.filter((type) -> "SCALAR".equals(type.get("kind")))
			.map((type) -> (String) type.get("name"))
			.filter((name) -> !Set.of("String", "Int", "Float", "Boolean", "ID").contains(name))
			.forEach(custom::add);

		assertThat(custom).containsExactly("DateTime", "GeoJSON", "JSON");
		assertThat(types.get("DateTime").get("specifiedByURL"))
			.isEqualTo("https://scalars.graphql.org/andimarek/date-time");
		assertThat(types.get("GeoJSON").get("specifiedByURL")).isEqualTo("https://www.rfc-editor.org/rfc/rfc7946");
		assertThat(types.get("JSON").get("specifiedByURL"))
			.isEqualTo("https://ecma-international.org/publications-and-standards/standards/ecma-404/");
		assertThat(types.get("DateTime").get("description")).asString().contains("ISO 8601");
	}

	@Test
	void shouldGiveEveryObjectTypeAClientCachesAnId() {
		Map<String, Map<String, Object>> types = typesByName(schema());
		List<String> withoutId = new ArrayList<>();
		for (Map<String, Object> type : types.values()) {
			String name = (String) type.get("name");
			if (!"OBJECT".equals(type.get("kind")) || name.startsWith("__") || isStructural(name)
					|| EMBEDDED_VALUE_TYPES.contains(name)) {
				continue;
			}
			Map<String, Object> id = list(type, "fields").stream()
				.filter((field) -> "id".equals(field.get("name")))
				.findFirst()
				.orElse(null);
			@SuppressWarnings("unchecked")
			Map<String, Object> idType = (id != null) ? (Map<String, Object>) id.get("type") : Map.of();
			@SuppressWarnings("unchecked")
			Map<String, Object> ofType = (idType.get("ofType") instanceof Map<?, ?> inner) ? (Map<String, Object>) inner
					: Map.of();
			if (!"NON_NULL".equals(idType.get("kind")) || !"ID".equals(ofType.get("name"))) {
				withoutId.add(name);
			}
		}

		assertThat(withoutId).as("object types without id: ID!").isEmpty();
		assertThat(types.keySet()).as("every embedded value type still exists").containsAll(EMBEDDED_VALUE_TYPES);
		assertThat(types.keySet()).contains("Area", "Story", "Chapter", "Indicator", "BudgetGoal", "Credit", "Opgave",
				"Initiative", "InitiativeScheme", "Organisation", "Source", "Change");
	}

	@Test
	void shouldAnswerTheCodeOrSlugAsTheIdOfAreasStoriesIndicatorsAndBudgetGoals() {
		this.graphQlTester.document("""
				{ area(code: "WK019330") { id code }
				  story(slug: "van-getallen-naar-vergezichten") { id slug chapters { id order } }
				  indicator(code: "aantalInwoners") { id code }
				  budgetGoal(code: "7.1.1") { id code } }
				""")
			.execute()
			.path("area.id")
			.entity(String.class)
			.isEqualTo("WK019330")
			.path("story.id")
			.entity(String.class)
			.isEqualTo("van-getallen-naar-vergezichten")
			.path("story.chapters[0].id")
			.entity(String.class)
			.isEqualTo("van-getallen-naar-vergezichten#1")
			.path("story.chapters[1].id")
			.entity(String.class)
			.isEqualTo("van-getallen-naar-vergezichten#2")
			.path("indicator.id")
			.entity(String.class)
			.isEqualTo("AantalInwoners_5")
			.path("indicator.code")
			.entity(String.class)
			.isEqualTo("AantalInwoners_5")
			.path("budgetGoal.id")
			.entity(String.class)
			.isEqualTo("7.1.1");
	}

	private Map<String, Object> schema() {
		@SuppressWarnings("unchecked")
		Map<String, Object> schema = this.graphQlTester.document(INTROSPECTION)
			.execute()
			.path("__schema")
			.entity(Map.class)
			.get();
		return schema;
	}

	private static Map<String, Map<String, Object>> typesByName(Map<String, Object> schema) {
		Map<String, Map<String, Object>> byName = new java.util.TreeMap<>();
		for (Map<String, Object> type : list(schema, "types")) {
			byName.put((String) type.get("name"), type);
		}
		return byName;
	}

	private static String fieldDescription(Map<String, Object> type, String field) {
		return list(type, "fields").stream()
			.filter((f) -> field.equals(f.get("name")))
			.map((f) -> (String) f.get("description"))
			.findFirst()
			.orElseThrow();
	}

	private static boolean isStructural(String name) {
		return name.equals("Query") || name.equals("Mutation") || name.equals("PageInfo") || name.endsWith("Connection")
				|| name.endsWith("Edge") || name.endsWith("Payload");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value instanceof List<?> items) ? (List<Map<String, Object>>) items : List.of();
	}

	private static boolean blank(Object description) {
		return !(description instanceof String text) || text.isBlank();
	}

}
