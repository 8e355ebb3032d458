package nl.wijkatlas.story;

import java.util.List;
import java.util.Map;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled story draws data in every chapter, at the level the data exists, and a
 * chapter that names no period follows new figures by itself; its English texts are
 * served beside the Dutch.
 */
@WijkatlasIntegrationTest
class StoryDataLayersIntegrationTest {

	private static final String SLUG = "van-getallen-naar-vergezichten";

	private static final String STORY = """
			query($slug: ID!) { story(slug: $slug) { titleEn summaryEn chapters { order version title titleEn textEn
			  layers { indicatorCode period latestPeriod level initiatives credits } } } }
			""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StoryRepository stories;

	@Autowired
	Http http;

	@Test
	void shouldDrawAnIndicatorOrOutlinedAreasInEveryChapterOfTheBundledStory() {
		JsonNode all = this.http.graphqlAs(null, STORY, Map.of("slug", SLUG)).body().at("/data/story/chapters");
		// The bundled chapters (version 0): other tests add chapters of their own through
		// the API.
		List<JsonNode> chapters = all.valueStream().filter((c) -> c.at("/version").asInt() == 0).toList();
		assertThat(chapters).hasSizeGreaterThanOrEqualTo(6);
		for (JsonNode chapter : chapters) {
			JsonNode layers = chapter.at("/layers");
			boolean figures = !layers.at("/indicatorCode").isNull() && !layers.at("/period").isNull();
			boolean outlined = layers.at("/credits").asBoolean() || layers.at("/initiatives").asBoolean();
			assertThat(figures || outlined).as("chapter %s draws data", chapter.at("/order")).isTrue();
			if (figures) {
				// The period shown has figures at the level drawn (not a hatched map).
				String code = layers.at("/indicatorCode").asString();
				int present = this.jdbc.sql("""
						select count(*) from indicator_value v join area a on a.code = v.area_code
						where v.indicator_code = :code and v.period = :period and a.level = :level
						  and a.gemeente_code = 'GM0193' and v.status = 'PRESENT'
						""")
					.param("code", code)
					.param("period", layers.at("/period").asString())
					.param("level", layers.at("/level").asString())
					.query(Integer.class)
					.single();
				assertThat(present).as("figures of %s drawn in chapter %s", code, chapter.at("/order"))
					.isGreaterThan(5);
			}
			assertThat(chapter.at("/titleEn").asString()).as("English title").isNotBlank();
			assertThat(chapter.at("/textEn").asString()).as("English text").isNotBlank();
		}
		// Money belongs to wijken: the chapter that outlines credits draws wijken.
		assertThat(chapters.stream()
			.filter((c) -> c.at("/layers/credits").asBoolean())
			.map((c) -> c.at("/layers/level").asString())
			.toList()).isNotEmpty().containsOnly("WIJK");
	}

	@Test
	void shouldShowTheLatestPeriodWithFiguresAtTheChaptersLevelAndFollowANewImport() {
		Story.Chapter first = firstChapterFollowingTheLatestPeriod();
		String latest = this.jdbc
			.sql("""
					select max(v.period) from indicator_value v join area a on a.code = v.area_code
					where v.indicator_code = :code and a.level = :level and a.gemeente_code = 'GM0193' and v.status = 'PRESENT'
					""")
			.param("code", first.layers().indicatorCode())
			.param("level", first.layers().level())
			.query(String.class)
			.single();
		assertThat(first.layers().period()).isEqualTo(latest);
		String wijk = this.jdbc
			.sql("select code from area where level = :level and gemeente_code = 'GM0193' order by code limit 1")
			.param("level", first.layers().level())
			.query(String.class)
			.single();
		String source = this.jdbc.sql("select id from source order by id limit 1").query(String.class).single();
		this.jdbc.sql("""
				insert into indicator_value (indicator_code, area_code, period, value, status, source_id, dataset)
				values (:code, :area, '2099', 1, 'PRESENT', :source, 'test/story-latest-period')
				""").param("code", first.layers().indicatorCode()).param("area", wijk).param("source", source).update();
		try {
			assertThat(firstChapterFollowingTheLatestPeriod().layers().period()).isEqualTo("2099");
		}
		finally {
			this.jdbc.sql("delete from indicator_value where dataset = 'test/story-latest-period'").update();
		}
		assertThat(firstChapterFollowingTheLatestPeriod().layers().period()).isEqualTo(latest);
	}

	@Test
	void shouldRefuseABlankEnglishTitleWithoutWritingAnything() {
		int before = this.jdbc.sql("select count(*) from chapter").query(Integer.class).single();
		JsonNode payload = this.http
			.graphqlAs(Tokens.wijkmanager("anna", "SD0193_NOORD"),
					"""
							mutation($input: ChapterInput!) {
							  createChapter(story: "van-getallen-naar-vergezichten", input: $input) { chapter { order } errors { field message } }
							}
							""",
					Map.of("input",
							Map.of("title", "Holtenbroek", "text", "Tekst", "titleEn", " ", "focusAreaCode",
									"WK019330")))
			.body()
			.at("/data/createChapter");
		assertThat(payload.at("/chapter").isNull()).as(payload.toString()).isTrue();
		assertThat(payload.at("/errors/0/field").toString()).isEqualTo("[\"input\",\"titleEn\"]");
		assertThat(this.jdbc.sql("select count(*) from chapter").query(Integer.class).single()).isEqualTo(before);
	}

	private Story.Chapter firstChapterFollowingTheLatestPeriod() {
		List<Story.Chapter> chapters = this.stories.findChapters(List.of(SLUG));
		return chapters.stream()
			.filter((c) -> c.layers().latestPeriod())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no chapter of the bundled story follows the latest period"));
	}

}
