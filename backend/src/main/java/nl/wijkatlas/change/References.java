package nl.wijkatlas.change;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of the ids a mutation's input names do not exist, so validation can say so per
 * field.
 */
@Component
public class References {

	private static final Map<String, String> EXISTING = Map.of("area", "select code from area where code = any(:ids)",
			"source", "select id from source where id = any(:ids)", "organisation",
			"select id from organisation where id = any(:ids)", "credit", "select id from credit where id = any(:ids)",
			"scheme", "select id from initiative_scheme where id = any(:ids)", "indicator",
			"select code from indicator where code = any(:ids)");

	private final JdbcClient jdbc;

	References(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> missing(String kind, Collection<String> ids) {
		List<String> wanted = ids.stream().filter((id) -> id != null).distinct().toList();
		if (wanted.isEmpty()) {
			return List.of();
		}
		List<String> existing = this.jdbc.sql(EXISTING.get(kind))
			.param("ids", wanted.toArray(String[]::new))
			.query(String.class)
			.list();
		return wanted.stream().filter((id) -> !existing.contains(id)).toList();
	}

}
