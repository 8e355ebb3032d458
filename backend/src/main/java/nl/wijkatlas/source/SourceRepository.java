package nl.wijkatlas.source;

import java.util.Collection;
import java.util.List;

import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads sources by id, in batches (one statement for all the ids). */
@Repository
public class SourceRepository {

	private final JdbcClient jdbc;

	SourceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the sources with these ids, in no particular order; an unknown id is left
	 * out
	 */
	public List<Source> findAllById(Collection<String> ids) {
		return this.jdbc.sql("""
				select id, kind, title, title_en, publisher, url, year, licence, attribution, note
				from source where id = any(:ids)
				""")
			.param("ids", ids.toArray(String[]::new))
			.query((rs, i) -> new Source(rs.getString("id"), Source.Kind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getString("title_en"), rs.getString("publisher"), rs.getString("url"),
					Rows.integer(rs, "year"), rs.getString("licence"), rs.getString("attribution"),
					rs.getString("note")))
			.list();
	}

}
