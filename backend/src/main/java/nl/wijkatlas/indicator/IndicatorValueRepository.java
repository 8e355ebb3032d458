package nl.wijkatlas.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.area.AreaRows;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.geodata.AreaLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads figures with their comparisons, in one statement per batch: the city average (the
 * figure of the area's gemeente for the same indicator and period) and the previous
 * figure (the area's figure in the greatest period of the indicator before this one;
 * period texts order as their years do). A requested combination without a stored figure
 * comes back as MISSING.
 */
@Repository
class IndicatorValueRepository {

	private static final String PREVIOUS = """
			, previous as (select d.indicator_code, d.period,
			        (select max(x.period) from indicator_value x
			         where x.indicator_code = d.indicator_code and x.period < d.period) as previous_period
			    from (select distinct indicator_code, period from wanted) d)
			""";

	/**
	 * When {@code wanted} is built from the :codes and :period parameters, this says so
	 * about the figures themselves: the planner cannot see through {@code wanted}, and
	 * without it scans every period of {@code indicator_value} instead of using its index
	 * (a national choropleth: 410 -> 260 ms).
	 */
	private static final String OF_THE_CODES_AND_PERIOD = " and v.indicator_code = any(:codes) and v.period = :period";

	/**
	 * The figures of the other areas of the same level and gemeente in the same period,
	 * for "against the city" where the city has no figure of its own (a survey per
	 * buurt): median, range and count of the present, normal numbers. Few-respondents
	 * figures are left out, as they are of class breaks.
	 */
	private static final String PEERS = """
			, peers as (select x.indicator_code, x.period, xa.gemeente_code, xa.level,
			        percentile_cont(0.5) within group (order by x.value) as median, min(x.value) as low,
			        max(x.value) as high, count(*)::int as n
			    from indicator_value x join area xa on xa.code = x.area_code
			    where x.status = 'PRESENT' and x.reliability = 'NORMAL' and x.value is not null
			      and (x.indicator_code, x.period) in (select distinct indicator_code, period from wanted)
			    group by x.indicator_code, x.period, xa.gemeente_code, xa.level)
			""";

	/** Rank 1 is the highest value; an area whose own figure is no peer has no rank. */
	private static final String PEER_COLUMNS = "pe.median as peer_median, pe.low as peer_min, pe.high as peer_max, "
			+ "pe.n as peer_count, case when v.status = 'PRESENT' and v.reliability = 'NORMAL' and v.value is not null "
			+ "then (select count(*)::int + 1 from indicator_value y join area ya on ya.code = y.area_code "
			+ "where y.indicator_code = w.indicator_code and y.period = w.period and ya.level = a.level "
			+ "and ya.gemeente_code = a.gemeente_code and y.status = 'PRESENT' and y.reliability = 'NORMAL' "
			+ "and y.value > v.value) end as peer_rank ";

	private final JdbcClient jdbc;

	IndicatorValueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A figure for every area of the level (of one gemeente, when given), for each
	 * indicator: a whole choropleth per indicator, missing figures included.
	 * @param boundary whether the areas need their boundary's properties (centroid, bbox,
	 * ...); a map that colours areas by code reads them from its tiles (national: 14,000
	 * areas with four boxed doubles and two points each, for an answer that shows none)
	 */
	List<IndicatorValue> findForLevel(Collection<String> codes, String period, AreaLevel level, String gemeente,
			Comparisons comparisons, boolean boundary) {
		// The pool runs generic plans (application.yaml), planned without the values.
		// For a national choropleth (14,000 buurten) a plan that guessed a level's share
		// of the areas and ten codes chose joins twice as slow as one that knows; so the
		// level is part of the text (an enum: five texts) and a single code is a scalar.
		boolean one = codes.size() == 1;
		String wanted = "with wanted as (select a.code as area_code, c.code as indicator_code, cast(:period as text) "
				+ "as period from area a cross join "
				+ (one ? "(select cast(:code as text) as code) c" : "unnest(cast(:codes as text[])) c(code)")
				+ " where a.level = '" + level.name() + "'"
				+ ((gemeente != null) ? " and a.gemeente_code = :gemeente" : "") + ") ";
		return this.jdbc
			.sql(compared(wanted, comparisons, (boundary ? AreaRows.COLUMNS : AreaRows.AREA_COLUMNS) + ",",
					boundary ? "join area_boundary b on b.area_code = a.code and b.is_current" : "",
					one ? " and v.indicator_code = :code and v.period = :period" : OF_THE_CODES_AND_PERIOD))
			.param("codes", codes.toArray(String[]::new))
			.param("code", codes.iterator().next())
			.param("period", period)
			.param("gemeente", gemeente)
			.query((rs, row) -> map(rs, AreaRows.map(rs, boundary)))
			.list();
	}

	/**
	 * The figures of the areas: with codes and a period, one per area and code (missing
	 * ones included); otherwise the stored figures, of the codes and/or the period when
	 * given.
	 */
	List<IndicatorValue> findForAreas(Map<String, Area> areas, List<String> codes, String period,
			Comparisons comparisons) {
		String wanted;
		if (codes != null && period != null) {
			wanted = "with wanted as (select a.code as area_code, c.code as indicator_code, cast(:period as text) "
					+ "as period from unnest(cast(:areas as text[])) a(code) cross join unnest(cast(:codes as text[])) "
					+ "c(code)) ";
		}
		else {
			// Only the filters given, so that the statement's plan can be cached and
			// reused.
			wanted = "with wanted as (select area_code, indicator_code, period from indicator_value "
					+ "where area_code = any(:areas)" + ((codes != null) ? " and indicator_code = any(:codes)" : "")
					+ ((period != null) ? " and period = :period" : "") + ") ";
		}
		String valueFilter = (codes != null && period != null) ? OF_THE_CODES_AND_PERIOD : "";
		return this.jdbc.sql(compared(wanted, comparisons, "", "", valueFilter))
			.param("areas", areas.keySet().toArray(String[]::new))
			.param("codes", (codes != null) ? codes.toArray(String[]::new) : null)
			.param("period", period)
			.query((rs, row) -> map(rs, areas.get(rs.getString("area_code"))))
			.list();
	}

	/**
	 * The figures of {@code wanted(area_code, indicator_code, period)}, with the
	 * comparisons asked for; the others come back as null columns.
	 */
	private static String compared(String wanted, Comparisons comparisons, String areaColumns, String areaJoin,
			String valueFilter) {
		StringBuilder sql = new StringBuilder(wanted);
		if (comparisons.previous()) {
			sql.append(PREVIOUS);
		}
		if (comparisons.peers()) {
			sql.append(PEERS);
		}
		sql.append("select w.indicator_code, w.period, a.code as area_code, ")
			.append(areaColumns)
			.append(" v.value, v.category, coalesce(v.status, 'MISSING') as status, v.source_id as value_source_id, v.note, ")
			.append("coalesce(v.reliability, 'NORMAL') as reliability, v.reliability_note, v.derivation_method, ")
			.append("v.derivation_input_level, v.derivation_input_count, v.derivation_weight_code, ")
			.append("v.derivation_source_ids, v.source_locator, ")
			.append(comparisons.cityAverage() ? "g.value as city_average, v.value - g.value as difference, "
					: "null::numeric as city_average, null::numeric as difference, ")
			.append(comparisons.previous() ? "p.previous_period, pv.value as previous_value, "
					: "null::text as previous_period, null::numeric as previous_value, ")
			.append(comparisons.peers() ? PEER_COLUMNS
					: "null::numeric as peer_median, null::numeric as peer_min, null::numeric as peer_max, "
							+ "null::int as peer_count, null::int as peer_rank ")
			.append("from wanted w join area a on a.code = w.area_code ")
			.append(areaJoin)
			.append(" left join indicator_value v on v.indicator_code = w.indicator_code and v.area_code = w.area_code"
					+ " and v.period = w.period")
			.append(valueFilter);
		if (comparisons.cityAverage()) {
			sql.append(" left join indicator_value g on g.indicator_code = w.indicator_code"
					+ " and g.area_code = a.gemeente_code and g.period = w.period");
		}
		if (comparisons.peers()) {
			sql.append(" left join peers pe on pe.indicator_code = w.indicator_code and pe.period = w.period"
					+ " and pe.gemeente_code = a.gemeente_code and pe.level = a.level");
		}
		if (comparisons.previous()) {
			sql.append(" left join previous p on p.indicator_code = w.indicator_code and p.period = w.period"
					+ " left join indicator_value pv on pv.indicator_code = w.indicator_code"
					+ " and pv.area_code = w.area_code and pv.period = p.previous_period");
		}
		return sql.append(" order by w.indicator_code, a.code, w.period").toString();
	}

	private static IndicatorValue map(ResultSet rs, Area area) throws SQLException {
		return new IndicatorValue(rs.getString("indicator_code"), area, rs.getString("period"), number(rs, "value"),
				rs.getString("category"), rs.getString("status"), number(rs, "city_average"),
				rs.getString("previous_period"), number(rs, "previous_value"), number(rs, "difference"),
				rs.getString("value_source_id"), rs.getString("note"), rs.getString("reliability"),
				rs.getString("reliability_note"), derivation(rs), rs.getString("source_locator"), peers(rs, area));
	}

	private static Peers peers(ResultSet rs, Area area) throws SQLException {
		int count = rs.getInt("peer_count");
		if (rs.wasNull() || area == null) {
			return null;
		}
		int rank = rs.getInt("peer_rank");
		Integer ranked = rs.wasNull() ? null : rank;
		return new Peers(area.level(), count, number(rs, "peer_median"), number(rs, "peer_min"), number(rs, "peer_max"),
				ranked);
	}

	private static Derivation derivation(ResultSet rs) throws SQLException {
		String method = rs.getString("derivation_method");
		if (method == null) {
			return null;
		}
		return new Derivation(method, AreaLevel.valueOf(rs.getString("derivation_input_level")),
				rs.getInt("derivation_input_count"), rs.getString("derivation_weight_code"),
				List.of((String[]) rs.getArray("derivation_source_ids").getArray()));
	}

	private static Double number(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return (value != null) ? value.doubleValue() : null;
	}

}
