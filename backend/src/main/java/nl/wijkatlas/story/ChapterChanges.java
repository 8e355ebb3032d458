package nl.wijkatlas.story;

import nl.wijkatlas.geodata.Patterns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.wijkatlas.auth.Caller;
import nl.wijkatlas.auth.WriteAccess;
import nl.wijkatlas.change.ChangeLog;
import nl.wijkatlas.change.References;
import nl.wijkatlas.graphql.InputErrors;
import nl.wijkatlas.graphql.MutationException;
import nl.wijkatlas.graphql.UserError;
import nl.wijkatlas.jpa.Aggregates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes story chapters for wijkmanagers. A chapter concerns the area it focuses on (or,
 * with a camera, the gemeente it looks at): that decides who may write it. Written as one
 * JPA aggregate ({@link ChapterEntity}, optimistically locked by its version) and logged,
 * in one transaction.
 */
@Service
class ChapterChanges {

	private static final Pattern PERIOD = Patterns.PERIOD;

	private final JdbcClient jdbc;

	private final ChapterEntities entities;

	private final Aggregates aggregates;

	private final WriteAccess access;

	private final ChangeLog changes;

	private final References references;

	private final StoryRepository stories;

	ChapterChanges(JdbcClient jdbc, ChapterEntities entities, Aggregates aggregates, WriteAccess access,
			ChangeLog changes, References references, StoryRepository stories) {
		this.jdbc = jdbc;
		this.entities = entities;
		this.aggregates = aggregates;
		this.access = access;
		this.changes = changes;
		this.references = references;
		this.stories = stories;
	}

	@Transactional
	public Story.Chapter create(String slug, ChapterInput input, Authentication authentication) {
		this.access.writer(authentication);
		requireStory(slug);
		List<String> areas = validate(input);
		Caller caller = this.access.require(authentication, areas);
		int order = this.jdbc.sql("select coalesce(max(position), 0) + 1 from chapter where story_slug = :slug")
			.param("slug", slug)
			.query(Integer.class)
			.single();
		ChapterEntity chapter = new ChapterEntity(slug, order);
		chapter.apply(input);
		long id = this.entities.saveAndFlush(chapter).getId();
		this.changes.record(caller, "CREATE", "chapter", slug + "#" + order, areas, null, json(id));
		return chapter(slug, order);
	}

	@Transactional
	public Story.Chapter update(String slug, int order, int version, ChapterInput input,
			Authentication authentication) {
		this.access.writer(authentication);
		ChapterEntity chapter = this.entities.findByStorySlugAndPosition(slug, (short) order)
			.orElseThrow(() -> new MutationException(UserError.Code.NOT_FOUND, "order",
					"Story " + slug + " has no chapter " + order))
			.loaded();
		int current = chapter.getVersion();
		Set<String> concerned = new HashSet<>(concernedBy(chapter));
		this.access.require(authentication, concerned);
		concerned.addAll(validate(input));
		Caller caller = this.access.require(authentication, concerned);
		String before = json(chapter.getId());
		this.aggregates.detach(chapter).apply(input);
		this.aggregates.update(this.entities, chapter, version,
				() -> Aggregates.conflict("Chapter " + order + " of " + slug, current, version));
		this.entities.newStoryVersion(slug);
		this.changes.record(caller, "UPDATE", "chapter", slug + "#" + order, concerned, before, json(chapter.getId()));
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

	private List<String> concernedBy(ChapterEntity chapter) {
		if (chapter.focusAreaCode() != null) {
			return List.of(chapter.focusAreaCode());
		}
		return (chapter.cameraLon() != null) ? gemeenteAt(chapter.cameraLon(), chapter.cameraLat()) : List.of();
	}

	private List<String> gemeenteAt(double lon, double lat) {
		return this.jdbc.sql("""
				select a.code from area a join area_boundary b on b.area_code = a.code and b.is_current
				where a.level = 'GEMEENTE' and ST_Covers(b.geom_wgs84, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))
				""").param("lon", lon).param("lat", lat).query(String.class).list();
	}

	private void requireStory(String slug) {
		if (this.stories.findBySlugs(List.of(slug)).isEmpty()) {
			throw new MutationException(UserError.Code.NOT_FOUND, "story", "No story with slug " + slug);
		}
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
