package nl.wijkatlas.opgave;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.wijkatlas.auth.Caller;
import nl.wijkatlas.auth.WriteAccess;
import nl.wijkatlas.change.ChangeLog;
import nl.wijkatlas.change.Ids;
import nl.wijkatlas.graphql.MutationException;
import nl.wijkatlas.graphql.UserError;
import nl.wijkatlas.jpa.Aggregates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and updates opgaven for wijkmanagers: validated, authorised against the
 * caller's areas (the old ones too, on update), written with the DIN tree as one JPA
 * aggregate ({@link OpgaveEntity}, optimistically locked by its version) and logged, all
 * in one transaction.
 */
@Service
class OpgaveChanges {

	/** The source of records entered through the API without a source of their own. */
	static final String API_SOURCE = "wijkatlas-api-entry";

	private final JdbcClient jdbc;

	private final OpgaveEntities entities;

	private final Aggregates aggregates;

	private final OpgaveInputValidator validator;

	private final WriteAccess access;

	private final ChangeLog changes;

	private final OpgaveRepository opgaven;

	OpgaveChanges(JdbcClient jdbc, OpgaveEntities entities, Aggregates aggregates, OpgaveInputValidator validator,
			WriteAccess access, ChangeLog changes, OpgaveRepository opgaven) {
		this.jdbc = jdbc;
		this.entities = entities;
		this.aggregates = aggregates;
		this.validator = validator;
		this.access = access;
		this.changes = changes;
		this.opgaven = opgaven;
	}

	@Transactional
	public Opgave create(OpgaveInput input, Authentication authentication) {
		this.access.writer(authentication);
		this.validator.validate(input);
		Caller caller = this.access.require(authentication, areas(input));
		OpgaveEntity opgave = new OpgaveEntity(Ids.fromTitle(input.title(), "opgave"));
		opgave.apply(input, areas(input), source(input));
		String id = this.entities.saveAndFlush(opgave).getId();
		this.changes.record(caller, "CREATE", "opgave", id, areas(input), null, json(id));
		return this.opgaven.findByIds(List.of(id)).get(0);
	}

	@Transactional
	public Opgave update(String id, int version, OpgaveInput input, Authentication authentication) {
		OpgaveEntity opgave = this.entities.findById(id)
			.orElseThrow(() -> new MutationException(UserError.Code.NOT_FOUND, "id", "No opgave with id " + id))
			.loaded();
		int current = opgave.getVersion();
		this.access.require(authentication, opgave.areaCodes());
		this.validator.validate(input);
		Set<String> concerned = new HashSet<>(opgave.areaCodes());
		concerned.addAll(areas(input));
		Caller caller = this.access.require(authentication, concerned);
		String before = json(id);
		this.aggregates.detach(opgave).apply(input, areas(input), source(input));
		this.aggregates.update(this.entities, opgave, version,
				() -> Aggregates.conflict("Opgave " + id, current, version));
		this.changes.record(caller, "UPDATE", "opgave", id, concerned, before, json(id));
		return this.opgaven.findByIds(List.of(id)).get(0);
	}

	private static String source(OpgaveInput input) {
		return (input.sourceId() != null) ? input.sourceId() : API_SOURCE;
	}

	private String json(String id) {
		return this.jdbc.sql("""
				select jsonb_build_object('opgave', to_jsonb(o),
				  'areas', array(select area_code from opgave_area a where a.opgave_id = o.id order by 1),
				  'doelen', (select coalesce(jsonb_agg(to_jsonb(d) order by d.position), '[]') from doel d
				             where d.opgave_id = o.id))::text
				from opgave o where o.id = :id
				""").param("id", id).query(String.class).single();
	}

	private static List<String> areas(OpgaveInput input) {
		return (input.areaCodes() != null) ? input.areaCodes().stream().distinct().toList() : List.of();
	}

}
