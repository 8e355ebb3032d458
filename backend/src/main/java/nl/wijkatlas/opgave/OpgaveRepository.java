package nl.wijkatlas.opgave;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.wijkatlas.graphql.KeysetTable;
import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OpgaveRepository extends KeysetTable<Opgave> {

	private static final String COLUMNS = """
			o.id, o.title, o.theme, o.period, o.status, o.summary, o.source_id, o.locator, o.note, o.version,
			array(select area_code from opgave_area x where x.opgave_id = o.id order by area_code) as area_codes
			""";

	private static final String FILTER = """
			(cast(:theme as text) is null or lower(o.theme) = lower(:theme))
			and (cast(:period as text) is null or o.period = :period)
			and (cast(:area as text) is null or exists (select 1 from opgave_area oa
			     where oa.opgave_id = o.id and oa.area_code in (select code from area_scope(:area, :within))))
			""";

	OpgaveRepository(JdbcClient jdbc) {
		super(jdbc, "opgave o", "o.id", COLUMNS, FILTER, OpgaveRepository::map, Opgave::id);
	}

	/**
	 * The opgaven of each area, of the filter's theme and period (its area is not used).
	 */
	Map<String, List<Opgave>> findByAreas(List<String> codes, boolean within, OpgaveFilter filter) {
		return findByAreas(codes, within,
				"join opgave_area oa on oa.area_code = scope.code join opgave o on o.id = oa.opgave_id where true"
						+ ((filter.theme() != null) ? " and lower(o.theme) = lower(:theme)" : "")
						+ ((filter.period() != null) ? " and o.period = :period" : ""),
				filter);
	}

	/**
	 * The DIN trees of the opgaven: three statements for any number of opgaven.
	 */
	Map<String, List<Opgave.Doel>> findDoelen(Collection<String> opgaveIds) {
		String[] ids = opgaveIds.toArray(String[]::new);
		Map<Long, List<Opgave.Middel>> middelen = this.jdbc.sql("""
				select m.inspanning_id, m.kind, m.amount, m.credit_id, m.description from middel m
				join inspanning i on i.id = m.inspanning_id join doel d on d.id = i.doel_id
				where d.opgave_id = any(:ids) order by m.inspanning_id, m.position
				""")
			.param("ids", ids)
			.query((rs, n) -> new Opgave.Middel(rs.getLong("inspanning_id"), rs.getString("kind"),
					Rows.decimal(rs, "amount"), rs.getString("credit_id"), rs.getString("description")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Opgave.Middel::inspanningId));
		Map<Long, List<Opgave.Inspanning>> inspanningen = this.jdbc.sql("""
				select i.id, i.doel_id, i.title,
				  array(select organisation_id from inspanning_betrokkene b where b.inspanning_id = i.id
				        order by organisation_id) as betrokkenen
				from inspanning i join doel d on d.id = i.doel_id
				where d.opgave_id = any(:ids) order by i.doel_id, i.position
				""")
			.param("ids", ids)
			.query((rs, n) -> new Opgave.Inspanning(rs.getLong("id"), rs.getLong("doel_id"), rs.getString("title"),
					Rows.texts(rs, "betrokkenen"), middelen.getOrDefault(rs.getLong("id"), List.of())))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Opgave.Inspanning::doelId));
		return this.jdbc
			.sql("select id, opgave_id, title from doel where opgave_id = any(:ids) order by opgave_id, position")
			.param("ids", ids)
			.query((rs, n) -> new Opgave.Doel(rs.getLong("id"), rs.getString("opgave_id"), rs.getString("title"),
					inspanningen.getOrDefault(rs.getLong("id"), List.of())))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Opgave.Doel::opgaveId, LinkedHashMap::new, Collectors.toList()));
	}

	private static Opgave map(ResultSet rs, int row) throws SQLException {
		return new Opgave(rs.getString("id"), rs.getString("title"), rs.getString("theme"), rs.getString("period"),
				rs.getString("status"), rs.getString("summary"), Rows.texts(rs, "area_codes"),
				rs.getString("source_id"), rs.getString("locator"), rs.getString("note"), rs.getInt("version"));
	}

}
