package nl.wijkatlas.change;

import java.util.Collection;

import nl.wijkatlas.auth.Caller;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records every change made through the API in the same transaction as the change itself:
 * who, when, what, and the record before and after (as the database's own JSON of the
 * row).
 */
@Component
public class ChangeLog {

	private final JdbcClient jdbc;

	ChangeLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param before the row's JSON before the change, or null for a creation
	 * @param after the row's JSON after the change
	 */
	public void record(Caller caller, String action, String entityType, String entityId, Collection<String> areaCodes,
			String before, String after) {
		this.jdbc.sql("""
				insert into change (actor, actor_role, actor_areas, action, entity_type, entity_id, area_codes,
				  before, after)
				values (:actor, :role, :actorAreas, :action, :type, :id, :areas, cast(:before as jsonb),
				  cast(:after as jsonb))
				""")
			.param("actor", caller.subject())
			.param("role", caller.isAdmin() ? Caller.ADMIN : Caller.WIJKMANAGER)
			.param("actorAreas", caller.areas().toArray(String[]::new))
			.param("action", action)
			.param("type", entityType)
			.param("id", entityId)
			.param("areas", areaCodes.toArray(String[]::new))
			.param("before", before)
			.param("after", after)
			.update();
		this.jdbc.sql("update data_version set version = version + 1, changed_at = now()").update();
	}

}
