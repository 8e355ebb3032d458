package nl.wijkatlas.graphql;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import nl.wijkatlas.auth.Caller;
import nl.wijkatlas.auth.WriteAccess;
import nl.wijkatlas.change.ChangeLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The steps that every write of an area-bound record (an initiative, an opgave, a
 * chapter) takes, in the caller's transaction: the caller must be a writer at all; must
 * manage the areas the record concerns (on an update, those it concerned before, checked
 * before the input, and after the input those it will concern too); an update must name
 * the version it read; and the change is logged with the record's JSON before and after.
 * A feature's changes validate and write the record itself:
 *
 * <pre>
 * RecordWrites.Write write = this.writes.create(authentication, "opgave");
 * validate(input);
 * write.authorise(areas);
 * ... insert, then write.log(id, null, json(id));
 * </pre>
 */
@Component
public class RecordWrites {

	/** The source of records entered through the API without a source of their own. */
	public static final String API_SOURCE = "wijkatlas-api-entry";

	private final WriteAccess access;

	private final ChangeLog changes;

	RecordWrites(WriteAccess access, ChangeLog changes) {
		this.access = access;
		this.changes = changes;
	}

	/** Refuses a caller who may not write at all. */
	public void requireWriter(Authentication authentication) {
		this.access.writer(authentication);
	}

	/** Starts a creation: refused unless the caller may write at all. */
	public Write create(Authentication authentication, String entityType) {
		requireWriter(authentication);
		return new Write(authentication, "CREATE", entityType, Set.of());
	}

	/**
	 * Starts an update: refused unless the caller may write all the areas the record
	 * concerns now.
	 */
	public Write update(Authentication authentication, String entityType, Collection<String> areasBefore) {
		this.access.require(authentication, areasBefore);
		return new Write(authentication, "UPDATE", entityType, areasBefore);
	}

	/** Refuses a change of a record that does not exist. */
	public static MutationException notFound(String field, String message) {
		return new MutationException(UserError.Code.NOT_FOUND, field, message);
	}

	/**
	 * Links a record to exactly these areas, in a link table of two columns: the record's
	 * id and {@code area_code}.
	 */
	public static void linkAreas(JdbcClient jdbc, String table, String idColumn, String id,
			Collection<String> areaCodes) {
		jdbc.sql("delete from " + table + " where " + idColumn + " = :id").param("id", id).update();
		jdbc.sql("insert into " + table + " (" + idColumn + ", area_code) select :id, unnest(cast(:codes as text[]))")
			.param("id", id)
			.param("codes", areaCodes.toArray(String[]::new))
			.update();
	}

	/** One write under way: whom it is for and the areas it concerns. */
	public final class Write {

		private final Authentication authentication;

		private final String action;

		private final String entityType;

		private final Set<String> concerned;

		private Caller caller;

		private Write(Authentication authentication, String action, String entityType, Collection<String> before) {
			this.authentication = authentication;
			this.action = action;
			this.entityType = entityType;
			this.concerned = new LinkedHashSet<>(before);
		}

		/**
		 * Refuses the write unless the caller may write every area the record concerns,
		 * before and after it.
		 * @param areas the areas the validated input makes the record concern
		 */
		public void authorise(Collection<String> areas) {
			this.concerned.addAll(areas);
			this.caller = RecordWrites.this.access.require(this.authentication, this.concerned);
		}

		/**
		 * Refuses an update that changed nothing because the record is no longer at the
		 * version the caller read (optimistic locking).
		 * @param updated the rows the update statement changed
		 * @param record the record, as a message names it (e.g. {@code Opgave o-1})
		 */
		public void requireVersion(int updated, String record, int current, int sent) {
			if (updated == 0) {
				throw new MutationException(UserError.Code.CONFLICT, "version",
						record + " was changed by someone else (it is now at version " + current + ", you sent " + sent
								+ "): read it again and reapply your change");
			}
		}

		/**
		 * Logs the change, in its transaction.
		 * @param before the record's JSON before an update, null for a creation
		 */
		public void log(String entityId, String before, String after) {
			RecordWrites.this.changes.record(this.caller, this.action, this.entityType, entityId, this.concerned,
					before, after);
		}

	}

}
