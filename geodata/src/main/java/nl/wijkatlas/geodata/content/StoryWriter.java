package nl.wijkatlas.geodata.content;

import java.sql.Connection;
import java.sql.SQLException;

import nl.wijkatlas.geodata.load.Sql;

/**
 * Writes a story with its chapters and citations, unless a wijkmanager has changed it
 * through the API.
 */
final class StoryWriter {

	private final Connection connection;

	StoryWriter(Connection connection) {
		this.connection = connection;
	}

	void write(Content.StoryEntry s) throws SQLException {
		int written = Sql.update(this.connection, """
				insert into story (slug, title, summary, title_en, summary_en) values (?, ?, ?, ?, ?)
				on conflict (slug) do update set title = excluded.title, summary = excluded.summary,
				  title_en = excluded.title_en, summary_en = excluded.summary_en
				where story.version = 0
				""", s.slug(), s.title(), s.summary(), s.titleEn(), s.summaryEn());
		Integer editedChapters = Sql.queryOne(this.connection,
				"select count(*)::int from chapter where story_slug = ? and version > 0", (row) -> row.getInt(1),
				s.slug());
		if (written == 0 || editedChapters > 0) {
			return;
		}
		Sql.update(this.connection, "delete from story_source where story_slug = ?", s.slug());
		for (String source : ContentWriter.nonNull(s.sourceIds()).stream().distinct().toList()) {
			Sql.update(this.connection, "insert into story_source (story_slug, source_id) values (?, ?)", s.slug(),
					source);
		}
		Sql.update(this.connection, "delete from chapter where story_slug = ?", s.slug());
		for (Content.Chapter chapter : ContentWriter.nonNull(s.chapters())) {
			long id = writeChapter(s.slug(), chapter);
			for (Content.Citation citation : ContentWriter.nonNull(chapter.citations())) {
				Sql.update(this.connection,
						"insert into chapter_citation (chapter_id, source_id, locator) values (?, ?, ?)", id,
						citation.sourceId(), citation.locator());
			}
		}
	}

	private long writeChapter(String slug, Content.Chapter c) throws SQLException {
		Content.View view = c.view();
		Content.Camera camera = (view != null) ? view.camera() : null;
		Content.Layers layers = c.layers();
		return Sql.queryOne(this.connection,
				"""
						insert into chapter (story_slug, position, title, text, title_en, text_en, focus_area_code, camera_lon, camera_lat,
						  camera_zoom, layer_indicator_code, layer_period, layer_level, show_initiatives, show_credits,
						  missing_figures)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
						""",
				(row) -> row.getLong(1), slug, c.order().shortValue(), c.title(), c.text(), c.titleEn(), c.textEn(),
				(view != null) ? view.focusAreaCode() : null, (camera != null) ? camera.lon() : null,
				(camera != null) ? camera.lat() : null, (camera != null) ? camera.zoom() : null,
				(layers != null) ? layers.indicatorCode() : null, (layers != null) ? layers.period() : null,
				(layers != null) ? layers.level() : null, layers != null && Boolean.TRUE.equals(layers.initiatives()),
				layers != null && Boolean.TRUE.equals(layers.credits()), c.missingFigures());
	}

}
