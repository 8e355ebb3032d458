package nl.wijkatlas.opgave;

import java.math.BigDecimal;
import java.util.List;

import nl.wijkatlas.change.Ids;
import nl.wijkatlas.geodata.content.Content;
import nl.wijkatlas.geodata.content.OpgaveWriter;
import nl.wijkatlas.graphql.RecordWrites;

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
	static final String API_SOURCE = RecordWrites.API_SOURCE;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final OpgaveInputValidator validator;

	private final RecordWrites writes;

	private final OpgaveRepository opgaven;

	OpgaveChanges(JdbcClient jdbc, JdbcTemplate jdbcTemplate, OpgaveInputValidator validator, RecordWrites writes,
			OpgaveRepository opgaven) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.validator = validator;
		this.writes = writes;
		this.opgaven = opgaven;
	}

	@Transactional
	public Opgave create(OpgaveInput input, Authentication authentication) {
		RecordWrites.Write write = this.writes.create(authentication, "opgave");
		this.validator.validate(input);
		write.authorise(areas(input));
		String id = Ids.fromTitle(input.title(), "opgave");
		this.jdbc.sql("""
				insert into opgave (id, title, theme, period, status, summary, source_id, note, version)
				values (:id, :title, :theme, :period, :status, :summary, :source, :note, 1)
				""").paramSource(params(id, input)).update();
		writeLinks(id, input);
		write.log(id, null, json(id));
		return this.opgaven.findByKey(id).orElseThrow();
	}

	@Transactional
	public Opgave update(String id, int version, OpgaveInput input, Authentication authentication) {
		Opgave current = this.opgaven.findByKey(id)
			.orElseThrow(() -> RecordWrites.notFound("id", "No opgave with id " + id));
		RecordWrites.Write write = this.writes.update(authentication, "opgave", current.areaCodes());
		this.validator.validate(input);
		write.authorise(areas(input));
		String before = json(id);
		int updated = this.jdbc.sql("""
				update opgave set title = :title, theme = :theme, period = :period, status = :status,
				  summary = :summary, source_id = :source, note = :note, version = version + 1
				where id = :id and version = :version
				""").paramSource(params(id, input).addValue("version", version)).update();
		write.requireVersion(updated, "Opgave " + id, current.version(), version);
		writeLinks(id, input);
		write.log(id, before, json(id));
		return this.opgaven.findByKey(id).orElseThrow();
	}

	private void writeLinks(String id, OpgaveInput input) {
		RecordWrites.linkAreas(this.jdbc, "opgave_area", "opgave_id", id, areas(input));
		// The importer's DIN writer (plain JDBC, geodata), run on this transaction's
		// connection by Spring, which also translates its SQLExceptions: one writer of
		// the tree for the import and the API.
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
