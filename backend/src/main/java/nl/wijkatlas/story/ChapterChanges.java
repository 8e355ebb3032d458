package nl.wijkatlas.story;

import nl.wijkatlas.geodata.Patterns;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.wijkatlas.change.References;
import nl.wijkatlas.graphql.InputErrors;
import nl.wijkatlas.graphql.RecordWrites;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes story chapters for wijkmanagers. A chapter concerns the area it focuses on (or,
 * with a camera, the gemeente it looks at): that decides who may write it.
 */
@Service
class ChapterChanges {

	private static final Pattern PERIOD = Patterns.PERIOD;

	private final JdbcClient jdbc;

	private final RecordWrites writes;

	private final References references;

	private final StoryRepository stories;

	ChapterChanges(JdbcClient jdbc, RecordWrites writes, References references, StoryRepository stories) {
		this.jdbc = jdbc;
		this.writes = writes;
		this.references = references;
		this.stories = stories;
	}

	@Transactional
	public Story.Chapter create(String slug, ChapterInput input, Authentication authentication) {
		RecordWrites.Write write = this.writes.create(authentication, "chapter");
		requireStory(slug);
		write.authorise(validate(input));
		int order = this.jdbc.sql("select coalesce(max(position), 0) + 1 from chapter where story_slug = :slug")
			.param("slug", slug)
			.query(Integer.class)
			.single();
		long id = this.jdbc
			.sql("""
					insert into chapter (story_slug, position, title, text, title_en, text_en, focus_area_code, camera_lon, camera_lat,
					  camera_zoom, layer_indicator_code, layer_period, layer_level, show_initiatives, show_credits,
					  missing_figures, version)
					values (:slug, :order, :title, :text, :titleEn, :textEn, :focus, :lon, :lat, :zoom, :indicator, :period, :level,
					  :initiatives, :credits, :missing, 1) returning id
					""")
			.paramSource(params(input).addValue("slug", slug).addValue("order", order))
			.query(Long.class)
			.single();
		writeCitations(id, input);
		write.log(slug + "#" + order, null, json(id));
		return chapter(slug, order);
	}

	@Transactional
	public Story.Chapter update(String slug, int order, int version, ChapterInput input,
			Authentication authentication) {
		this.writes.requireWriter(authentication);
		Story.Chapter current = this.stories.findChapters(List.of(slug))
			.stream()
			.filter((c) -> c.order() == order)
			.findFirst()
			.orElseThrow(() -> RecordWrites.notFound("order", "Story " + slug + " has no chapter " + order));
		RecordWrites.Write write = this.writes.update(authentication, "chapter", concernedBy(current));
		write.authorise(validate(input));
		String before = json(current.id());
		int updated = this.jdbc.sql("""
				update chapter set title = :title, text = :text, title_en = :titleEn, text_en = :textEn,
				  focus_area_code = :focus, camera_lon = :lon,
				  camera_lat = :lat, camera_zoom = :zoom, layer_indicator_code = :indicator, layer_period = :period,
				  layer_level = :level,
				  show_initiatives = :initiatives, show_credits = :credits, missing_figures = :missing,
				  version = version + 1
				where id = :id and version = :version
				""").paramSource(params(input).addValue("id", current.id()).addValue("version", version)).update();
		write.requireVersion(updated, "Chapter " + order + " of " + slug, current.version(), version);
		this.jdbc.sql("update story set version = version + 1 where slug = :slug").param("slug", slug).update();
		writeCitations(current.id(), input);
		write.log(slug + "#" + order, before, json(current.id()));
		return chapter(slug, order);
	}

	/** Checks the input and returns the areas the chapter concerns. */
	private List<String> validate(ChapterInput input) {
		InputErrors errors = new InputErrors();
		// Lengths and list sizes are bounded before this runs (@length and @size in the
		// schema).
		errors.require(input.title() != null && !input.title().isBlank(), "input.title", "must not be empty");
		errors.require(input.text() != null && !input.text().isBlank(), "input.text", "must not be empty");
		errors.require(input.titleEn() == null || !input.titleEn().isBlank(), "input.titleEn",
				"must not be empty; leave it out when there is no translation");
		errors.require(input.textEn() == null || !input.textEn().isBlank(), "input.textEn",
				"must not be empty; leave it out when there is no translation");
		ChapterInput.CameraInput camera = input.camera();
		errors.require((input.focusAreaCode() != null) != (camera != null), "input.focusAreaCode",
				"give either a focus area or a camera");
		this.references.missing("area", (input.focusAreaCode() != null) ? List.of(input.focusAreaCode()) : List.of())
			.forEach((code) -> errors.add("input.focusAreaCode", "no area with code " + code));
		List<String> areas = new ArrayList<>();
		if (input.focusAreaCode() != null) {
			areas.add(input.focusAreaCode());
		}
		if (camera != null) {
			boolean valid = camera.lon() != null && camera.lat() != null && camera.zoom() != null
					&& Math.abs(camera.lon()) <= 180 && Math.abs(camera.lat()) <= 90 && camera.zoom() >= 0
					&& camera.zoom() <= 24;
			errors.require(valid, "input.camera", "lon in [-180, 180], lat in [-90, 90] and zoom in [0, 24]");
			if (valid) {
				List<String> gemeente = gemeenteAt(camera.lon(), camera.lat());
				errors.require(!gemeente.isEmpty(), "input.camera", "the camera looks outside the gemeente");
				areas.addAll(gemeente);
			}
		}
		ChapterInput.LayersInput layers = input.layers();
		if (layers != null) {
			errors.require(layers.period() == null || PERIOD.matcher(layers.period()).matches(), "input.layers.period",
					"must be 2024 or 2023-2024");
			this.references
				.missing("indicator", (layers.indicatorCode() != null) ? List.of(layers.indicatorCode()) : List.of())
				.forEach((code) -> errors.add("input.layers.indicatorCode", "no indicator with code " + code));
		}
		this.references
			.missing("source", input.citationsOrEmpty().stream().map(ChapterInput.CitationInput::sourceId).toList())
			.forEach((id) -> errors.add("input.citations", "no source with id " + id));
		errors.throwIfAny();
		return areas;
	}

	private List<String> concernedBy(Story.Chapter chapter) {
		if (chapter.view().focusAreaCode() != null) {
			return List.of(chapter.view().focusAreaCode());
		}
		return (chapter.view().center() != null)
				? gemeenteAt(chapter.view().center().lon(), chapter.view().center().lat()) : List.of();
	}

	private List<String> gemeenteAt(double lon, double lat) {
		return this.jdbc.sql("""
				select a.code from area a join area_boundary b on b.area_code = a.code and b.is_current
				where a.level = 'GEMEENTE' and ST_Covers(b.geom_wgs84, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))
				""").param("lon", lon).param("lat", lat).query(String.class).list();
	}

	private void requireStory(String slug) {
		if (this.stories.findByKey(slug).isEmpty()) {
			throw RecordWrites.notFound("story", "No story with slug " + slug);
		}
	}

	private void writeCitations(long chapterId, ChapterInput input) {
		this.jdbc.sql("delete from chapter_citation where chapter_id = :id").param("id", chapterId).update();
		for (ChapterInput.CitationInput citation : input.citationsOrEmpty()) {
			this.jdbc
				.sql("insert into chapter_citation (chapter_id, source_id, locator) values (:id, :source, :locator)")
				.param("id", chapterId)
				.param("source", citation.sourceId())
				.param("locator", citation.locator())
				.update();
		}
	}

	private MapSqlParameterSource params(ChapterInput input) {
		ChapterInput.CameraInput camera = input.camera();
		ChapterInput.LayersInput layers = input.layers();
		return new MapSqlParameterSource().addValue("title", input.title().strip())
			.addValue("text", input.text())
			.addValue("titleEn", (input.titleEn() != null) ? input.titleEn().strip() : null)
			.addValue("textEn", input.textEn())
			.addValue("focus", input.focusAreaCode())
			.addValue("lon", (camera != null) ? camera.lon() : null)
			.addValue("lat", (camera != null) ? camera.lat() : null)
			.addValue("zoom", (camera != null) ? camera.zoom() : null)
			.addValue("indicator", (layers != null) ? layers.indicatorCode() : null)
			.addValue("period", (layers != null) ? layers.period() : null)
			.addValue("level", (layers != null) ? layers.level() : null)
			.addValue("initiatives", layers != null && Boolean.TRUE.equals(layers.initiatives()))
			.addValue("credits", layers != null && Boolean.TRUE.equals(layers.credits()))
			.addValue("missing", input.missingFigures());
	}

	private Story.Chapter chapter(String slug, int order) {
		return this.stories.findChapters(List.of(slug)).stream().filter((c) -> c.order() == order).findFirst().get();
	}

	private String json(long id) {
		return this.jdbc.sql("""
				select jsonb_build_object('chapter', to_jsonb(c), 'citations', (select coalesce(jsonb_agg(
				  jsonb_build_object('source', x.source_id, 'locator', x.locator) order by x.id), '[]')
				  from chapter_citation x where x.chapter_id = c.id))::text
				from chapter c where c.id = :id
				""").param("id", id).query(String.class).single();
	}

}
