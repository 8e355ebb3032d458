package nl.wijkatlas.story;

import java.util.List;
import java.util.Map;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story chapters written through the API: a wijkmanager writes chapters about their own
 * areas, the version protects against lost updates, and every change is in the change
 * log.
 */
@WijkatlasIntegrationTest
class ChapterMutationIntegrationTest {

	private static final String SLUG = "van-getallen-naar-vergezichten";

	private static final String CREATE = """
			mutation($story: ID!, $input: ChapterInput!) {
			  createChapter(story: $story, input: $input) { chapter { order title version } errors { code message } }
			}
			""";

	private static final String UPDATE = """
			mutation($story: ID!, $order: Int!, $version: Int!, $input: ChapterInput!) {
			  updateChapter(story: $story, order: $order, version: $version, input: $input) {
			    chapter { order title version } errors { code message }
			  }
			}
			""";

	@Autowired
	Http http;

	@Test
	void shouldLetAWijkmanagerAddAndThenUpdateAChapterAboutTheirWijk() {
		String anna = Tokens.wijkmanager("anna", "SD0193_NOORD");
		JsonNode created = this.http.payload(anna, CREATE, "createChapter",
				Map.of("story", SLUG, "input", chapter("Holtenbroek nu")));
		assertThat(created.at("/errors").size()).as(created.toString()).isZero();
		int order = created.at("/chapter/order").asInt();
		JsonNode updated = update(anna, order, 1, chapter("Holtenbroek vandaag"));
		assertThat(updated.at("/chapter/version").asInt()).isEqualTo(2);
		JsonNode stale = update(anna, order, 1, chapter("Oud"));
		assertThat(stale.at("/errors/0/code").asString()).isEqualTo("CONFLICT");
		JsonNode log = this.http.payload(null, "{ changes(entityType: \"chapter\", entityId: \"" + SLUG + "#" + order
				+ "\") { totalCount edges { node { actor action } } } }", "changes", Map.of());
		assertThat(log.at("/totalCount").asInt()).isEqualTo(2);
		assertThat(log.at("/edges/0/node/action").asString()).isEqualTo("UPDATE");
		String who = "{ changes(entityType: \"chapter\", entityId: \"" + SLUG + "#" + order
				+ "\") { edges { node { actor actorRole actorAreas } } } }";
		JsonNode anonymous = lastChange(null, who);
		assertThat(anonymous.at("/actor").isNull()).as("the identity, to anonymous callers").isTrue();
		assertThat(anonymous.at("/actorRole").asString()).isEqualTo("wijkmanager");
		assertThat(anonymous.at("/actorAreas/0").asString()).isEqualTo("SD0193_NOORD");
		assertThat(lastChange(Tokens.wijkmanager("carol", "SD0193_ZUID"), who).at("/actor").isNull())
			.as("the identity, to a wijkmanager of another area")
			.isTrue();
		assertThat(lastChange(Tokens.wijkmanager("ben", "SD0193_NOORD"), who).at("/actor").asString())
			.isEqualTo("anna");
		assertThat(lastChange(Tokens.admin("root"), who).at("/actor").asString()).isEqualTo("anna");
	}

	@Test
	void shouldRefuseAWijkmanagerAChapterAboutTheWholeCity() {
		JsonNode payload = update(Tokens.wijkmanager("anna", "SD0193_NOORD"), 1, 0, chapter("Stad"));
		assertThat(payload.at("/errors/0/code").asString()).isEqualTo("FORBIDDEN");
	}

	private JsonNode update(String token, int order, int version, Map<String, Object> chapter) {
		return this.http.payload(token, UPDATE, "updateChapter",
				Map.of("story", SLUG, "order", order, "version", version, "input", chapter));
	}

	private JsonNode lastChange(String token, String query) {
		return this.http.payload(token, query, "changes", Map.of()).at("/edges/0/node");
	}

	private static Map<String, Object> chapter(String title) {
		return Map.of("title", title, "text", "Tekst over **Holtenbroek**.", "focusAreaCode", "WK019330", "layers",
				Map.of("initiatives", true), "citations", List.of(Map.of("sourceId", "wijkatlas-api-entry")));
	}

}
