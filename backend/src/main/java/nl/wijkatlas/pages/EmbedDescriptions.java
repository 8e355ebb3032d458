package nl.wijkatlas.pages;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What an embedded view shows, in words, for its oEmbed title and its link preview: the
 * area and its gemeente, the indicator in the requested language with the period shown,
 * the story chapter. Every lookup is empty for a code that does not exist, so an embed of
 * an unknown area, indicator or story is a 404, not an empty frame.
 */
@Repository
class EmbedDescriptions {

	private final JdbcClient jdbc;

	EmbedDescriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record AreaName(String name, String level, String gemeenteCode, String gemeenteName) {
	}

	record IndicatorName(String code, String label, String labelEn, String unit) {

		String in(boolean english) {
			return (english && this.labelEn != null) ? this.labelEn : this.label;
		}

	}

	record ChapterName(String storyTitle, String storyTitleEn, int order, int count, String title, String titleEn,
			String period, boolean latestPeriod) {

		String story(boolean english) {
			return (english && this.storyTitleEn != null) ? this.storyTitleEn : this.storyTitle;
		}

		String chapter(boolean english) {
			return (english && this.titleEn != null) ? this.titleEn : this.title;
		}

	}

	Optional<AreaName> area(String code) {
		return this.jdbc.sql("""
				select a.name, a.level, g.code as gemeente_code, g.name as gemeente_name
				from area a join area g on g.code = a.gemeente_code where a.code = :code
				""")
			.param("code", code)
			.query((rs, i) -> new AreaName(rs.getString("name"), rs.getString("level"), rs.getString("gemeente_code"),
					rs.getString("gemeente_name")))
			.optional();
	}

	/** An indicator by its code or one of its aliases. */
	Optional<IndicatorName> indicator(String code) {
		return this.jdbc.sql("""
				select i.code, i.label, i.label_en, i.unit from indicator i
				where i.code = :code or i.code = (select indicator_code from indicator_alias where code = :code)
				""")
			.param("code", code)
			.query((rs, i) -> new IndicatorName(rs.getString("code"), rs.getString("label"), rs.getString("label_en"),
					rs.getString("unit")))
			.optional();
	}

	/**
	 * The latest period with a figure of the indicator for areas of the level (in the
	 * gemeente when given): what an embed without a period shows today.
	 */
	Optional<String> latestPeriod(String indicator, String level, String gemeente) {
		return Optional.ofNullable(this.jdbc.sql("""
				select max(v.period) from indicator_value v join area a on a.code = v.area_code
				where v.indicator_code = :indicator and v.status = 'PRESENT' and a.level = :level
				  and (cast(:gemeente as text) is null or a.gemeente_code = :gemeente)
				""")
			.param("indicator", indicator)
			.param("level", level)
			.param("gemeente", gemeente)
			.query(String.class)
			.single());
	}

	/**
	 * Chapter {@code order} of a story (the last one when there are fewer), with the
	 * period its map shows; empty for an unknown story or a story without chapters.
	 */
	Optional<ChapterName> chapter(String slug, int order) {
		List<ChapterName> chapters = this.jdbc.sql("""
				select s.title as story_title, s.title_en as story_title_en, c.position, count(*) over () as count,
				       c.title, c.title_en, c.layer_period, c.layer_indicator_code
				from story s join chapter c on c.story_slug = s.slug where s.slug = :slug order by c.position
				""")
			.param("slug", slug)
			.query((rs, i) -> new ChapterName(rs.getString("story_title"), rs.getString("story_title_en"),
					rs.getInt("position"), rs.getInt("count"), rs.getString("title"), rs.getString("title_en"),
					rs.getString("layer_period"),
					rs.getString("layer_period") == null && rs.getString("layer_indicator_code") != null))
			.list();
		if (chapters.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(chapters.get(Math.min(Math.max(order, 1), chapters.size()) - 1));
	}

	/** The latest figure of inhabitants of an area and whether Wijkatlas derived it. */
	record Inhabitants(long count, String period, boolean derived) {
	}

	Optional<Inhabitants> inhabitants(String code) {
		return this.jdbc.sql("""
				select v.value, v.period, v.derivation_method is not null as derived from indicator_value v
				where v.area_code = :code and v.indicator_code = 'AantalInwoners_5' and v.status = 'PRESENT'
				order by v.period desc limit 1
				""")
			.param("code", code)
			.query((rs, i) -> new Inhabitants(rs.getLong("value"), rs.getString("period"), rs.getBoolean("derived")))
			.optional();
	}

	/**
	 * A story's title and summary in a language, and the gemeente of its first chapter.
	 */
	record StoryName(String title, String summary, String gemeenteCode, String gemeenteName) {
	}

	Optional<StoryName> story(String slug, boolean english) {
		return this.jdbc.sql("""
				select coalesce(case when :english then s.title_en end, s.title) as title,
				       coalesce(case when :english then s.summary_en end, s.summary) as summary,
				       (select a.gemeente_code from chapter c join area a on a.code = c.focus_area_code
				        where c.story_slug = s.slug order by c.position limit 1) as gemeente_code
				from story s where s.slug = :slug
				""")
			.param("slug", slug)
			.param("english", english)
			.query((rs, i) -> new StoryName(rs.getString("title"), rs.getString("summary"),
					rs.getString("gemeente_code"), null))
			.optional()
			.map((story) -> new StoryName(story.title(), story.summary(), story.gemeenteCode(),
					(story.gemeenteCode() != null) ? area(story.gemeenteCode()).map(AreaName::name).orElse(null)
							: null));
	}

}
