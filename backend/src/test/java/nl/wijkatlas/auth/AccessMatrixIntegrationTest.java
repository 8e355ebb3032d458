package nl.wijkatlas.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full access matrix for the initiative and chapter mutations (the opgave ones are in
 * {@code OpgaveMutationIntegrationTest}): anonymous, a token with an invalid signature,
 * an expired one, one from another issuer, a wijkmanager of another area, one of this
 * area and an administrator. Only the last two change data, and each of their changes is
 * in the change table under their name; the others change nothing at all.
 */
@WijkatlasIntegrationTest
class AccessMatrixIntegrationTest {

	private static final String SLUG = "van-getallen-naar-vergezichten";

	private static final String CREATE_INITIATIVE = """
			mutation($input: InitiativeInput!) {
			  createInitiative(input: $input) { initiative { id version } errors { code message } }
			}""";

	private static final String UPDATE_INITIATIVE = """
			mutation($id: ID!, $version: Int!, $input: InitiativeInput!) {
			  updateInitiative(id: $id, version: $version, input: $input) { initiative { id version } errors { code message } }
			}""";

	private static final String CREATE_CHAPTER = """
			mutation($story: ID!, $input: ChapterInput!) {
			  createChapter(story: $story, input: $input) { chapter { order version } errors { code message } }
			}""";

	private static final String UPDATE_CHAPTER = """
			mutation($story: ID!, $order: Int!, $version: Int!, $input: ChapterInput!) {
			  updateChapter(story: $story, order: $order, version: $version, input: $input) {
			    chapter { order version } errors { code message }
			  }
			}""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	enum Outcome {

		REFUSED_401, UNAUTHENTICATED, FORBIDDEN, ALLOWED

	}

	static List<Arguments> matrix() {
		List<Arguments> rows = new ArrayList<>();
		for (String mutation : List.of("createInitiative", "updateInitiative", "createChapter", "updateChapter")) {
			rows.add(Arguments.of(mutation, "anonymous", null, null, Outcome.UNAUTHENTICATED));
			rows.add(Arguments.of(mutation, "invalid signature", Tokens.wrongSignature("mallory", "SD0193_NOORD"), null,
					Outcome.REFUSED_401));
			rows.add(Arguments.of(mutation, "expired token", Tokens.expired("bob", "SD0193_NOORD"), null,
					Outcome.REFUSED_401));
			rows.add(Arguments.of(mutation, "wrong issuer", Tokens.wrongIssuer("bob", "SD0193_NOORD"), null,
					Outcome.REFUSED_401));
			rows.add(Arguments.of(mutation, "token without sub", Tokens.withoutSubject("SD0193_NOORD"), null,
					Outcome.REFUSED_401));
			rows.add(Arguments.of(mutation, "token without exp", Tokens.withoutExpiry("bob", "SD0193_NOORD"), null,
					Outcome.REFUSED_401));
			rows.add(Arguments.of(mutation, "token issued a year ahead",
					Tokens.issuedInTheFuture("bob", "SD0193_NOORD"), null, Outcome.REFUSED_401));
			rows.add(Arguments.of(mutation, "wijkmanager of another area", Tokens.wijkmanager("carol", "SD0193_ZUID"),
					null, Outcome.FORBIDDEN));
			rows.add(Arguments.of(mutation, "wijkmanager of this area", Tokens.wijkmanager("anna", "SD0193_NOORD"),
					"anna", Outcome.ALLOWED));
			rows.add(Arguments.of(mutation, "administrator", Tokens.admin("root"), "root", Outcome.ALLOWED));
		}
		return rows;
	}

	@ParameterizedTest(name = "{0} by {1}: {4}")
	@MethodSource("matrix")
	void shouldLetOnlyTheAllowedCallersChangeDataAndLogEveryChange(String mutation, String who, String token,
			String subject, Outcome outcome) {
		Target target = prepare(mutation);
		String before = checksum();
		long changesBefore = changes(subject);
		Http.Response response = this.http.graphqlAs(token, target.document(), target.variables());
		if (outcome == Outcome.REFUSED_401) {
			assertThat(response.status()).isEqualTo(401);
			assertThat(checksum()).isEqualTo(before);
			return;
		}
		assertThat(response.status()).isEqualTo(200);
		JsonNode payload = response.body().at("/data/" + mutation);
		if (outcome == Outcome.ALLOWED) {
			assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
			assertThat(checksum()).isNotEqualTo(before);
			assertThat(changes(subject)).isEqualTo(changesBefore + 1);
		}
		else {
			assertThat(payload.at("/errors/0/code").asString()).as(payload.toString()).isEqualTo(outcome.name());
			assertThat(checksum()).isEqualTo(before);
		}
	}

	private record Target(String document, Map<String, Object> variables) {
	}

	/**
	 * The mutation's document and variables, creating (as admin) what an update needs.
	 */
	private Target prepare(String mutation) {
		return switch (mutation) {
			case "createInitiative" -> new Target(CREATE_INITIATIVE, Map.of("input", initiative("Buurtbankjes")));
			case "updateInitiative" -> {
				JsonNode created = this.http
					.payload(Tokens.admin("setup"), CREATE_INITIATIVE, "createInitiative",
							Map.of("input", initiative("Te wijzigen")))
					.at("/initiative");
				yield new Target(UPDATE_INITIATIVE, Map.of("id", created.at("/id").asString(), "version",
						created.at("/version").asInt(), "input", initiative("Gewijzigd")));
			}
			case "createChapter" ->
				new Target(CREATE_CHAPTER, Map.of("story", SLUG, "input", chapter("Holtenbroek in beeld")));
			case "updateChapter" -> {
				JsonNode created = this.http
					.payload(Tokens.admin("setup"), CREATE_CHAPTER, "createChapter",
							Map.of("story", SLUG, "input", chapter("Te wijzigen")))
					.at("/chapter");
				yield new Target(UPDATE_CHAPTER, Map.of("story", SLUG, "order", created.at("/order").asInt(), "version",
						created.at("/version").asInt(), "input", chapter("Gewijzigd")));
			}
			default -> throw new IllegalArgumentException(mutation);
		};
	}

	private static Map<String, Object> initiative(String title) {
		return Map.of("title", title, "description", "Access matrix", "location",
				Map.of("type", "Point", "coordinates", List.of(6.0889, 52.5218)));
	}

	private static Map<String, Object> chapter(String title) {
		return Map.of("title", title, "text", "Tekst.", "focusAreaCode", "WK019330", "citations",
				List.of(Map.of("sourceId", "wijkatlas-api-entry")));
	}

	/** A checksum over everything the mutations can write, the change log included. */
	private String checksum() {
		return this.jdbc.sql("""
				select md5(coalesce((select string_agg(t::text, '|' order by t::text) from initiative t), '')
				  || coalesce((select string_agg(c::text, '|' order by c::text) from chapter c), '')
				  || (select count(*) from change)::text)
				""").query(String.class).single();
	}

	private long changes(String subject) {
		return (subject == null) ? 0
				: this.jdbc.sql("select count(*) from change where actor = :actor")
					.param("actor", subject)
					.query(Long.class)
					.single();
	}

}
