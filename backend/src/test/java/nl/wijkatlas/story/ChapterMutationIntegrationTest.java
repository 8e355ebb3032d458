package nl.wijkatlas.story;

import java.util.List;
import java.util.Map;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.GraphQlHttp;
import nl.wijkatlas.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

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

	@LocalServerPort
	int port;

	private GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
	}

	@Test
	void shouldLetAWijkmanagerAddAndThenUpdateAChapterAboutTheirWijk() {
		String anna = Tokens.wijkmanager("anna", "SD0193_NOORD");
		JsonNode created = this.http.post(anna, CREATE, Map.of("story", SLUG, "input", chapter("Holtenbroek nu")))
			.body()
			.at("/data/createChapter");
		assertThat(created.at("/errors").size()).as(created.toString()).isZero();
		int order = created.at("/chapter/order").asInt();
		JsonNode updated = this.http
			.post(anna, UPDATE,
					Map.of("story", SLUG, "order", order, "version", 1, "input", chapter("Holtenbroek vandaag")))
			.body()
			.at("/data/updateChapter");
		assertThat(updated.at("/chapter/version").asInt()).isEqualTo(2);
		JsonNode stale = this.http
			.post(anna, UPDATE, Map.of("story", SLUG, "order", order, "version", 1, "input", chapter("Oud")))
			.body()
			.at("/data/updateChapter");
		assertThat(stale.at("/errors/0/code").asString()).isEqualTo("CONFLICT");
		JsonNode log = this.http
			.post(null,
					"{ changes(entityType: \"chapter\", entityId: \"" + SLUG + "#" + order
							+ "\") { totalCount edges { node { actor action } } } }",
					Map.of())
			.body();
		assertThat(log.at("/data/changes/totalCount").asInt()).isEqualTo(2);
		assertThat(log.at("/data/changes/edges/0/node/action").asString()).isEqualTo("UPDATE");
		String who = "{ changes(entityType: \"chapter\", entityId: \"" + SLUG + "#" + order
				+ "\") { edges { node { actor actorRole actorAreas } } } }";
		JsonNode anonymous = this.http.post(null, who, Map.of()).body().at("/data/changes/edges/0/node");
		assertThat(anonymous.at("/actor").isNull()).as("the identity, to anonymous callers").isTrue();
		assertThat(anonymous.at("/actorRole").asString()).isEqualTo("wijkmanager");
		assertThat(anonymous.at("/actorAreas/0").asString()).isEqualTo("SD0193_NOORD");
		assertThat(this.http.post(Tokens.wijkmanager("carol", "SD0193_ZUID"), who, Map.of())
			.body()
			.at("/data/changes/edges/0/node/actor")
			.isNull()).as("the identity, to a wijkmanager of another area").isTrue();
		assertThat(this.http.post(Tokens.wijkmanager("ben", "SD0193_NOORD"), who, Map.of())
			.body()
			.at("/data/changes/edges/0/node/actor")
			.asString()).isEqualTo("anna");
		assertThat(this.http.post(Tokens.admin("root"), who, Map.of())
			.body()
			.at("/data/changes/edges/0/node/actor")
			.asString()).isEqualTo("anna");
	}

	@Test
	void shouldRefuseAWijkmanagerAChapterAboutTheWholeCity() {
		JsonNode payload = this.http
			.post(Tokens.wijkmanager("anna", "SD0193_NOORD"), UPDATE,
					Map.of("story", SLUG, "order", 1, "version", 0, "input", chapter("Stad")))
			.body()
			.at("/data/updateChapter");
		assertThat(payload.at("/errors/0/code").asString()).isEqualTo("FORBIDDEN");
	}

	private static Map<String, Object> chapter(String title) {
		return Map.of("title", title, "text", "Tekst over **Holtenbroek**.", "focusAreaCode", "WK019330", "layers",
				Map.of("initiatives", true), "citations", List.of(Map.of("sourceId", "wijkatlas-api-entry")));
	}

}
