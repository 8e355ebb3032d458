package nl.wijkatlas.opgave;

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
 * Who may create and change opgaven: the full access matrix, validation, optimistic
 * locking and the change log. A refused change writes nothing, not even a log line.
 */
@WijkatlasIntegrationTest
class OpgaveMutationIntegrationTest {

	private static final String CREATE = """
			mutation($input: OpgaveInput!) {
			  createOpgave(input: $input) {
			    opgave { id title version areas { code } doelen { title inspanningen { betrokkenen { id } middelen { kind amount } } } }
			    errors { code field message }
			  }
			}
			""";

	private static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $input: OpgaveInput!) {
			  updateOpgave(id: $id, version: $version, input: $input) {
			    opgave { id title version }
			    errors { code field message }
			  }
			}
			""";

	private static final String UPDATE_WITH_TREE = """
			mutation($id: ID!, $version: Int!, $input: OpgaveInput!) {
			  updateOpgave(id: $id, version: $version, input: $input) {
			    opgave { id version doelen { title inspanningen { betrokkenen { id } middelen { kind amount } } } }
			    errors { code field message }
			  }
			}
			""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	static List<Arguments> callers() {
		return List.of(Arguments.of("anonymous", null, 200, "UNAUTHENTICATED"),
				Arguments.of("invalid signature", Tokens.wrongSignature("mallory", "SD0193_NOORD"), 401, null),
				Arguments.of("expired token", Tokens.expired("bob", "SD0193_NOORD"), 401, null),
				Arguments.of("wrong issuer", Tokens.wrongIssuer("bob", "SD0193_NOORD"), 401, null),
				Arguments.of("not a wijkmanager", Tokens.resident("eve", "SD0193_NOORD"), 200, "FORBIDDEN"), Arguments
					.of("wijkmanager of another area", Tokens.wijkmanager("carol", "SD0193_ZUID"), 200, "FORBIDDEN"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("callers")
	void shouldRefuseAndWriteNothing(String who, String token, int status, String code) {
		long before = rows();
		Http.Response response = this.http.graphqlAs(token, CREATE, Map.of("input", input("Veilig Holtenbroek")));
		assertThat(response.status()).isEqualTo(status);
		if (code != null) {
			assertThat(response.body().at("/data/createOpgave/errors/0/code").asString()).isEqualTo(code);
			assertThat(response.body().at("/data/createOpgave/opgave").isNull()).isTrue();
		}
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void shouldLetAWijkmanagerOfTheStadsdeelCreateAnOpgaveForAWijkInIt() {
		JsonNode payload = create(Tokens.wijkmanager("anna", "SD0193_NOORD"), input("Samen sterker in Holtenbroek"));
		assertThat(payload.at("/errors").size()).isZero();
		assertThat(payload.at("/opgave/version").asInt()).isEqualTo(1);
		assertThat(payload.at("/opgave/areas/0/code").asString()).isEqualTo("WK019330");
		assertThat(payload.at("/opgave/doelen/0/inspanningen/0/middelen/0/amount").asDouble()).isEqualTo(25000.0);
		String id = payload.at("/opgave/id").asString();
		assertThat(this.jdbc.sql("select actor from change where entity_type = 'opgave' and entity_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("anna");
	}

	@Test
	void shouldLetAnAdministratorWriteAnywhere() {
		JsonNode payload = create(Tokens.admin("root"), input("Stadsbreed"));
		assertThat(payload.at("/errors").size()).isZero();
	}

	@Test
	void shouldReportEveryInvalidFieldAndWriteNothing() {
		long before = rows();
		Map<String, Object> bad = Map.of("title", " ", "theme", "veiligheid", "period", "2024-2023", "areaCodes",
				List.of("WK019399"), "doelen", List.of(Map.of("title", "Doel", "inspanningen", List
					.of(Map.of("title", "Inzet", "middelen", List.of(Map.of("kind", "MONEY", "amount", -5)))))));
		JsonNode payload = create(Tokens.admin("root"), bad);
		List<String> messages = payload.at("/errors").valueStream().map((e) -> e.at("/message").asString()).toList();
		assertThat(messages).anyMatch((m) -> m.contains("must not be empty"))
			.anyMatch((m) -> m.contains("end after it starts"))
			.anyMatch((m) -> m.contains("no area with code WK019399"))
			.anyMatch((m) -> m.contains("non-negative"));
		assertThat(payload.at("/errors/0/code").asString()).isEqualTo("INVALID");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAStaleVersionSoTwoWijkmanagersCannotOverwriteEachOther() {
		String anna = Tokens.wijkmanager("anna", "SD0193_NOORD");
		String id = create(anna, input("Ontmoeten in Holtenbroek")).at("/opgave/id").asString();
		JsonNode first = update(UPDATE, anna, id, 1, input("Ontmoeten in Holtenbroek (bijgewerkt)"));
		assertThat(first.at("/opgave/version").asInt()).as(first.toString()).isEqualTo(2);
		JsonNode second = update(UPDATE, Tokens.wijkmanager("bram", "WK019330"), id, 1,
				input("Ontmoeten (andere versie)"));
		assertThat(second.at("/errors/0/code").asString()).isEqualTo("CONFLICT");
		assertThat(
				this.jdbc.sql("select title from opgave where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Ontmoeten in Holtenbroek (bijgewerkt)");
	}

	@Test
	void shouldMakeANewVersionWhenOnlyTheDinTreeChangesAndRefuseAStaleTree() {
		String anna = Tokens.wijkmanager("anna", "SD0193_NOORD");
		Map<String, Object> small = input("Groen in Holtenbroek");
		String id = create(anna, small).at("/opgave/id").asString();
		Map<String, Object> grown = new HashMap<>(small);
		grown.put("doelen",
				List.of(((List<?>) small.get("doelen")).get(0),
						Map.of("title", "Meer groen", "inspanningen",
								List.of(Map.of("title", "Geveltuinen", "betrokkenen", List.of("wijkmanagement"),
										"middelen",
										List.of(Map.of("kind", "MONEY", "amount", 1000), Map.of("kind", "OTHER")))))));
		JsonNode bigger = update(UPDATE_WITH_TREE, anna, id, 1, grown);
		assertThat(bigger.at("/opgave/version").asInt()).as(bigger.toString()).isEqualTo(2);
		assertThat(bigger.at("/opgave/doelen/1/inspanningen/0/betrokkenen/0/id").asString())
			.isEqualTo("wijkmanagement");
		assertThat(bigger.at("/opgave/doelen/1/inspanningen/0/middelen").size()).isEqualTo(2);
		JsonNode stale = update(UPDATE_WITH_TREE, Tokens.wijkmanager("bram", "WK019330"), id, 1, small);
		assertThat(stale.at("/errors/0/code").asString()).isEqualTo("CONFLICT");
		assertThat(stale.at("/errors/0/message").asString()).isEqualTo("Opgave " + id
				+ " was changed by someone else (it is now at version 2, you sent 1): read it again and reapply your change");
		JsonNode smaller = update(UPDATE_WITH_TREE, anna, id, 2, small);
		assertThat(smaller.at("/opgave/version").asInt()).isEqualTo(3);
		assertThat(smaller.at("/opgave/doelen").size()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("""
					select count(*) from doel d join inspanning i on i.doel_id = d.id join middel m on m.inspanning_id = i.id
					where d.opgave_id = :id
					""")
			.param("id", id)
			.query(Long.class)
			.single()).as("the removed doel's middelen are gone").isEqualTo(1);
		JsonNode unknown = update(UPDATE_WITH_TREE, anna, "bestaat-niet", 1, small);
		assertThat(unknown.at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
		assertThat(unknown.at("/errors/0/message").asString()).isEqualTo("No opgave with id bestaat-niet");
	}

	@Test
	void shouldNotLetAWijkmanagerMoveAnOpgaveOutOfAnotherArea() {
		String id = create(Tokens.admin("root"), inputFor("Zuid", "WK019350")).at("/opgave/id").asString();
		JsonNode payload = update(UPDATE, Tokens.wijkmanager("anna", "SD0193_NOORD"), id, 1, input("Naar Noord"));
		assertThat(payload.at("/errors/0/code").asString()).isEqualTo("FORBIDDEN");
	}

	private JsonNode update(String document, String token, String id, int version, Map<String, Object> input) {
		return this.http.payload(token, document, "updateOpgave", Map.of("id", id, "version", version, "input", input));
	}

	private JsonNode create(String token, Map<String, Object> input) {
		return this.http.payload(token, CREATE, "createOpgave", Map.of("input", input));
	}

	private static Map<String, Object> input(String title) {
		return inputFor(title, "WK019330");
	}

	private static Map<String, Object> inputFor(String title, String area) {
		return Map.of("title", title, "theme", "sociale cohesie", "period", "2025-2026", "areaCodes", List.of(area),
				"doelen", List.of(Map.of("title", "Meer ontmoeting", "inspanningen", List.of(Map.of("title",
						"Buurtkamer openhouden", "middelen", List.of(Map.of("kind", "MONEY", "amount", 25000)))))));
	}

	private long rows() {
		return this.jdbc
			.sql("select (select count(*) from opgave) + (select count(*) from change) + "
					+ "(select count(*) from doel)")
			.query(Long.class)
			.single();
	}

}
