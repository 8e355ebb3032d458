package nl.wijkatlas.story;

import java.util.Collection;
import java.util.List;

import nl.wijkatlas.geo.LonLat;
import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StoryRepository {

	private static final String COLUMNS = "s.slug, s.title, s.summary, s.version,"
			+ " array(select source_id from story_source x where x.story_slug = s.slug order by source_id) as source_ids";

	private final JdbcClient jdbc;

	StoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Story> findBySlugs(Collection<String> slugs) {
		return this.jdbc.sql("select " + COLUMNS + " from story s where s.slug = any(:slugs)")
			.param("slugs", slugs.toArray(String[]::new))
			.query((rs, i) -> new Story(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
					Rows.texts(rs, "source_ids"), rs.getInt("version")))
			.list();
	}

	/**
	 * Stories ordered by slug; with an area, those with a chapter that focuses on it (or,
	 * within, on an area below it).
	 */
	List<Story> findPage(String area, boolean within, String gemeente, String afterSlug, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from story s where " + FILTER + " and " + GEMEENTE_FILTER
					+ " and (cast(:after as text) is null or s.slug > :after) order by s.slug limit :limit")
			.param("area", area)
			.param("within", within)
			.param("gemeente", gemeente)
			.param("after", afterSlug)
			.param("limit", limit)
			.query((rs, i) -> new Story(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
					Rows.texts(rs, "source_ids"), rs.getInt("version")))
			.list();
	}

	int count(String area, boolean within, String gemeente) {
		return this.jdbc.sql("select count(*) from story s where " + FILTER + " and " + GEMEENTE_FILTER)
			.param("area", area)
			.param("within", within)
			.param("gemeente", gemeente)
			.query(Integer.class)
			.single();
	}

	List<Story.Chapter> findChapters(Collection<String> slugs) {
		return this.jdbc.sql("select * from chapter where story_slug = any(:slugs) order by story_slug, position")
			.param("slugs", slugs.toArray(String[]::new))
			.query((rs, i) -> {
				Double lon = Rows.doubleOrNull(rs, "camera_lon");
				LonLat center = (lon != null) ? new LonLat(lon, rs.getDouble("camera_lat")) : null;
				return new Story.Chapter(rs.getLong("id"), rs.getString("story_slug"), rs.getInt("position"),
						rs.getString("title"), rs.getString("text"),
						new Story.View(rs.getString("focus_area_code"), center, Rows.doubleOrNull(rs, "camera_zoom")),
						new Story.Layers(rs.getString("layer_indicator_code"), rs.getString("layer_period"),
								rs.getBoolean("show_initiatives"), rs.getBoolean("show_credits")),
						rs.getString("missing_figures"), rs.getInt("version"));
			})
			.list();
	}

	List<Story.Citation> findCitations(Collection<Long> chapterIds) {
		return this.jdbc
			.sql("select chapter_id, source_id, locator from chapter_citation where chapter_id = any(:ids) order by id")
			.param("ids", chapterIds.toArray(Long[]::new))
			.query((rs, i) -> new Story.Citation(rs.getLong("chapter_id"), rs.getString("source_id"),
					rs.getString("locator")))
			.list();
	}

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
