package nl.wijkatlas.change;

import java.time.OffsetDateTime;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.auth.Caller;
import nl.wijkatlas.graphql.ConnectionArguments;
import nl.wijkatlas.graphql.KeysetPaging;
import nl.wijkatlas.jdbc.Rows;
import tools.jackson.databind.util.RawValue;

import org.springframework.data.domain.Window;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

/**
 * The audit trail, newest first: municipal decisions must be traceable.
 */
@Controller
record ChangeController(JdbcClient jdbc) {

	private static final String FILTER = """
			(cast(:type as text) is null or entity_type = :type)
			and (cast(:entity as text) is null or entity_id = :entity)
			and (cast(:area as text) is null or area_codes && array(select code from area_scope(:area, true)))
			""";

	/**
	 * Who made a change is shown to administrators and to wijkmanagers who manage one of
	 * its areas; everyone else sees the role and areas of the actor, not the identity.
	 */
	private static final String VISIBLE_ACTOR = """
			case when :admin or exists (select 1 from unnest(cast(:managed as text[])) m
			                           where area_codes && array(select code from area_scope(m, true)))
			     then actor end""";

	@QueryMapping
	Window<Change> changes(@Argument String entityType, @Argument String entityId, @Argument String area,
			ScrollSubrange subrange, Authentication authentication) {
		Caller caller = (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated())
				? Caller.of(token.getToken()) : null;
		boolean admin = caller != null && caller.isAdmin();
		String[] managed = (caller != null && caller.isWijkmanager()) ? caller.areas().toArray(String[]::new)
				: new String[0];
		KeysetPaging.Page page = KeysetPaging.page(subrange, "id");
		Long afterId = null;
		if (page.afterKey() != null) {
			try {
				afterId = Long.valueOf(page.afterKey());
			}
			catch (NumberFormatException ex) {
				// Signed, but the cursor of another connection ordered by a text id.
				throw KeysetPaging.notACursor();
			}
		}
		List<Change> rows = this.jdbc
			.sql("select *, " + VISIBLE_ACTOR + " as visible_actor from change where " + FILTER
					+ " and (cast(:after as bigint) is null or id < :after) order by id desc limit :limit")
			.param("admin", admin)
			.param("managed", managed)
			.param("type", entityType)
			.param("entity", entityId)
			.param("area", area)
			.param("after", afterId)
			.param("limit", page.fetchSize())
			.query((rs, i) -> new Change(rs.getLong("id"), rs.getObject("changed_at", OffsetDateTime.class),
					rs.getString("visible_actor"), rs.getString("actor_role"), Rows.texts(rs, "actor_areas"),
					rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
					Rows.texts(rs, "area_codes"), raw(rs.getString("before")), raw(rs.getString("after"))))
			.list();
		return page.window(rows, (change) -> Long.toString(change.id()));
	}

	@SchemaMapping(typeName = "ChangeConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.jdbc.sql("select count(*) from change where " + FILTER)
			.param("type", args.text("entityType"))
			.param("entity", args.text("entityId"))
			.param("area", args.text("area"))
			.query(Integer.class)
			.single();
	}

	private static RawValue raw(String json) {
		return (json != null) ? new RawValue(json) : null;
	}

}
