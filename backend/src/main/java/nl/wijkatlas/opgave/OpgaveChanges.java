package nl.wijkatlas.opgave;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.wijkatlas.auth.Caller;
import nl.wijkatlas.auth.WriteAccess;
import nl.wijkatlas.change.ChangeLog;
import nl.wijkatlas.change.Ids;
import nl.wijkatlas.geodata.content.Content;
import nl.wijkatlas.geodata.content.OpgaveWriter;
import nl.wijkatlas.graphql.MutationException;
import nl.wijkatlas.graphql.UserError;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and updates opgaven for wijkmanagers: validated, authorised against the
 * caller's areas (the old ones too, on update), optimistically locked by version, written
 * with the DIN tree and logged, all in one transaction.
 */
@Service
class OpgaveChanges {

	/** The source of records entered through the API without a source of their own. */
	static final String API_SOURCE = "wijkatlas-api-entry";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final OpgaveInputValidator validator;

	private final WriteAccess access;

	private final ChangeLog changes;

	private final OpgaveRepository opgaven;

	OpgaveChanges(JdbcClient jdbc, JdbcTemplate jdbcTemplate, OpgaveInputValidator validator, WriteAccess access,
			ChangeLog changes, OpgaveRepository opgaven) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
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
		String id = Ids.fromTitle(input.title(), "opgave");
		this.jdbc.sql("""
				insert into opgave (id, title, theme, period, status, summary, source_id, note, version)
				values (:id, :title, :theme, :period, :status, :summary, :source, :note, 1)
				""").paramSource(params(id, input)).update();
		writeLinks(id, input);
		this.changes.record(caller, "CREATE", "opgave", id, areas(input), null, json(id));
		return this.opgaven.findByIds(List.of(id)).get(0);
	}

	@Transactional
	public Opgave update(String id, int version, OpgaveInput input, Authentication authentication) {
		Opgave current = this.opgaven.findByIds(List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new MutationException(UserError.Code.NOT_FOUND, "id", "No opgave with id " + id));
		this.access.require(authentication, current.areaCodes());
		this.validator.validate(input);
		Set<String> concerned = new HashSet<>(current.areaCodes());
		concerned.addAll(areas(input));
		Caller caller = this.access.require(authentication, concerned);
		String before = json(id);
		int updated = this.jdbc.sql("""
				update opgave set title = :title, theme = :theme, period = :period, status = :status,
				  summary = :summary, source_id = :source, note = :note, version = version + 1
				where id = :id and version = :version
				""").paramSource(params(id, input).addValue("version", version)).update();
		if (updated == 0) {
			throw new MutationException(UserError.Code.CONFLICT, "version",
					"Opgave " + id + " was changed by someone else (it is now at version " + current.version()
							+ ", you sent " + version + "): read it again and reapply your change");
		}
		writeLinks(id, input);
		this.changes.record(caller, "UPDATE", "opgave", id, concerned, before, json(id));
		return this.opgaven.findByIds(List.of(id)).get(0);
	}

	private void writeLinks(String id, OpgaveInput input) {
		this.jdbc.sql("delete from opgave_area where opgave_id = :id").param("id", id).update();
		this.jdbc.sql("insert into opgave_area (opgave_id, area_code) select :id, unnest(cast(:codes as text[]))")
			.param("id", id)
			.param("codes", areas(input).toArray(String[]::new))
			.update();
		// The importer's DIN writer (plain JDBC, geodata), run on this transaction's
		// connection by Spring, which also translates its SQLExceptions: one writer of
		// the
		// tree for the import and the API.
		this.jdbcTemplate.execute((ConnectionCallback<Void>) (connection) -> {
			new OpgaveWriter(connection).writeDin(id, din(input));
			return null;
		});
	}

	private static List<Content.Doel> din(OpgaveInput input) {
		return input.doelenOrEmpty()
			.stream()
			.map((doel) -> new Content.Doel(doel.title(),
					(doel.inspanningen() != null)
							? doel.inspanningen()
								.stream()
								.map((i) -> new Content.Inspanning(i.title(), i.betrokkenen(),
										(i.middelen() != null)
												? i.middelen()
													.stream()
													.map((m) -> new Content.Middel(m.kind(),
															(m.amount() != null) ? BigDecimal.valueOf(m.amount())
																	: null,
															m.creditId(), m.description()))
													.toList()
												: List.of()))
								.toList()
							: List.of()))
			.toList();
	}

	private MapSqlParameterSource params(String id, OpgaveInput input) {
		return new MapSqlParameterSource().addValue("id", id)
			.addValue("title", input.title().strip())
			.addValue("theme", input.theme().strip())
			.addValue("period", input.period())
			.addValue("status", input.status())
			.addValue("summary", input.summary())
			.addValue("source", (input.sourceId() != null) ? input.sourceId() : API_SOURCE)
			.addValue("note", input.note());
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
