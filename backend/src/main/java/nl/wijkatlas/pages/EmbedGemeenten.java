package nl.wijkatlas.pages;

import java.util.List;
import java.util.Optional;

import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which gemeente an embedded view shows, so its title names that gemeente and nothing
 * assumes Zwolle.
 */
@Repository
class EmbedGemeenten {

	private final JdbcClient jdbc;

	EmbedGemeenten(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The name of the gemeente an area (of any level) lies in; empty for an unknown code.
	 */
	Optional<String> ofArea(String code) {
		return this.jdbc.sql("select g.name from area a join area g on g.code = a.gemeente_code where a.code = :code")
			.param("code", code)
			.query(String.class)
			.optional();
	}

	/**
	 * The names of the gemeenten a story's chapters focus on (an empty list when they
	 * focus on no area); empty for an unknown story.
	 */
	Optional<List<String>> ofStory(String slug) {
		List<List<String>> rows = this.jdbc.sql("""
				select array(select distinct g.name from chapter c join area a on a.code = c.focus_area_code
				             join area g on g.code = a.gemeente_code where c.story_slug = s.slug order by g.name)
				  as gemeenten
				from story s where s.slug = :slug
				""").param("slug", slug).query((rs, row) -> Rows.texts(rs, "gemeenten")).list();
		return rows.stream().findFirst();
	}

}
