package nl.wijkatlas.story;

import java.util.Collection;
import java.util.List;

import nl.wijkatlas.geo.LonLat;
import nl.wijkatlas.graphql.KeysetTable;
import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StoryRepository extends KeysetTable<Story> {

	private static final String COLUMNS = "s.slug, s.title, s.summary, s.title_en, s.summary_en, s.version,"
			+ " array(select source_id from story_source x where x.story_slug = s.slug order by source_id) as source_ids";

	/** The filter of the stories connection: its arguments, as FILTER names them. */
	record Filter(String area, boolean within, String gemeente) {
	}

	StoryRepository(JdbcClient jdbc) {
		super(jdbc, "story s", "s.slug", COLUMNS, FILTER + " and " + GEMEENTE_FILTER,
				(rs, i) -> new Story(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
						rs.getString("title_en"), rs.getString("summary_en"), Rows.texts(rs, "source_ids"),
						rs.getInt("version")),
				Story::slug);
	}

	List<Story.Chapter> findChapters(Collection<String> slugs) {
		return this.jdbc.sql(CHAPTERS).param("slugs", slugs.toArray(String[]::new)).query((rs, i) -> {
			Double lon = Rows.doubleOrNull(rs, "camera_lon");
			LonLat center = (lon != null) ? new LonLat(lon, rs.getDouble("camera_lat")) : null;
			return new Story.Chapter(rs.getLong("id"), rs.getString("story_slug"), rs.getInt("position"),
					rs.getString("title"), rs.getString("text"), rs.getString("title_en"), rs.getString("text_en"),
					new Story.View(rs.getString("focus_area_code"), center, Rows.doubleOrNull(rs, "camera_zoom")),
					new Story.Layers(rs.getString("layer_indicator_code"), rs.getString("resolved_period"),
							rs.getBoolean("latest_period"), rs.getString("resolved_level"),
							rs.getBoolean("show_initiatives"), rs.getBoolean("show_credits")),
					rs.getString("missing_figures"), rs.getInt("version"));
		}).list();
	}

	List<Story.Citation> findCitations(Collection<Long> chapterIds) {
		return this.jdbc
			.sql("select chapter_id, source_id, locator from chapter_citation where chapter_id = any(:ids) order by id")
			.param("ids", chapterIds.toArray(Long[]::new))
			.query((rs, i) -> new Story.Citation(rs.getLong("chapter_id"), rs.getString("source_id"),
					rs.getString("locator")))
			.list();
	}

	// One statement for the chapters of all stories asked for: the level each chapter
	// draws and,
	// for a chapter that stores no period, the latest period with a figure at that level
	// in the
	// focus area's gemeente (periods are "2024" or "2023-2024", so text order is time
	// order).
	private static final String CHAPTERS = """
			select c.*, lvl.level as resolved_level, coalesce(c.layer_period, latest.period) as resolved_period,
			       (c.layer_period is null and c.layer_indicator_code is not null) as latest_period
			from chapter c
			left join area f on f.code = c.focus_area_code
			cross join lateral (select coalesce(c.layer_level,
			    case when f.level is null or f.level in ('GEMEENTE', 'STADSDEEL', 'GEBIED') then 'WIJK' else 'BUURT' end)
			    as level) lvl
			left join lateral (select max(v.period) as period from indicator_value v join area a on a.code = v.area_code
			    where c.layer_period is null and v.indicator_code = c.layer_indicator_code and v.status = 'PRESENT'
			      and a.level = lvl.level and (f.gemeente_code is null or a.gemeente_code = f.gemeente_code)) latest on true
			where c.story_slug = any(:slugs)
			order by c.story_slug, c.position
			""";

	private static final String FILTER = """
			(cast(:area as text) is null or exists (select 1 from chapter c where c.story_slug = s.slug
			     and c.focus_area_code in (select code from area_scope(:area, :within))))
			""";

	// A story has no gemeente of its own: it belongs to the gemeente its chapters show,
	// by
	// focus area or, for a chapter with only a camera, by the point the camera looks at.
	private static final String GEMEENTE_FILTER = """
			(cast(:gemeente as text) is null or exists (select 1 from chapter c where c.story_slug = s.slug
			     and (c.focus_area_code in (select code from area where gemeente_code = :gemeente)
			          or (c.camera_lon is not null and exists (select 1 from area_boundary b
			              where b.area_code = :gemeente and b.is_current
			                and ST_Intersects(b.geom_wgs84, ST_SetSRID(ST_MakePoint(c.camera_lon, c.camera_lat), 4326)))))))
			""";

}
