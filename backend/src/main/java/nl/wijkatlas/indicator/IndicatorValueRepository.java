package nl.wijkatlas.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.area.AreaRows;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.area.AreaLevel;

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

	private static final String COMPARED = """
			select w.indicator_code, w.period, a.code as area_code, %s
			       v.value, v.category, coalesce(v.status, 'MISSING') as status, v.source_id as value_source_id, v.note,
			       g.value as city_average, v.value - g.value as difference,
			       p.period as previous_period, pv.value as previous_value
			from wanted w
			join area a on a.code = w.area_code
			%s
			left join indicator_value v
			       on v.indicator_code = w.indicator_code and v.area_code = w.area_code and v.period = w.period
			left join indicator_value g
			       on g.indicator_code = w.indicator_code and g.area_code = a.gemeente_code and g.period = w.period
			left join lateral (select max(x.period) as period from indicator_value x
			                   where x.indicator_code = w.indicator_code and x.period < w.period) p on true
			left join indicator_value pv
			       on pv.indicator_code = w.indicator_code and pv.area_code = w.area_code and pv.period = p.period
			order by w.indicator_code, a.code, w.period
			""";

	private final JdbcClient jdbc;

	IndicatorValueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A figure for every area of the level, for each indicator: a whole choropleth per
	 * indicator, missing figures included.
	 */
	List<IndicatorValue> findForLevel(Collection<String> codes, String period, AreaLevel level) {
		String wanted = "with wanted as (select a.code as area_code, c.code as indicator_code, cast(:period as text) "
				+ "as period from area a cross join unnest(cast(:codes as text[])) c(code) where a.level = :level) ";
		return this.jdbc
			.sql(wanted + COMPARED.formatted(AreaRows.COLUMNS + ",",
					"join area_boundary b on b.area_code = a.code and b.is_current"))
			.param("codes", codes.toArray(String[]::new))
			.param("period", period)
			.param("level", level.name())
			.query((rs, row) -> map(rs, AreaRows.map(rs)))
			.list();
	}

	/**
	 * The figures of the areas: with codes and a period, one per area and code (missing
	 * ones included); otherwise the stored figures, of the codes and/or the period when
	 * given.
	 */
	List<IndicatorValue> findForAreas(Map<String, Area> areas, List<String> codes, String period) {
		String wanted;
		if (codes != null && period != null) {
			wanted = "with wanted as (select a.code as area_code, c.code as indicator_code, cast(:period as text) "
					+ "as period from unnest(cast(:areas as text[])) a(code) cross join unnest(cast(:codes as text[])) "
					+ "c(code)) ";
		}
		else {
			wanted = "with wanted as (select area_code, indicator_code, period from indicator_value "
					+ "where area_code = any(:areas) and (cast(:codes as text[]) is null or indicator_code = any(cast(:codes as text[]))) "
					+ "and (cast(:period as text) is null or period = :period)) ";
		}
		return this.jdbc.sql(wanted + COMPARED.formatted("", ""))
			.param("areas", areas.keySet().toArray(String[]::new))
			.param("codes", (codes != null) ? codes.toArray(String[]::new) : null)
			.param("period", period)
			.query((rs, row) -> map(rs, areas.get(rs.getString("area_code"))))
			.list();
	}

	private static IndicatorValue map(ResultSet rs, Area area) throws SQLException {
		return new IndicatorValue(rs.getString("indicator_code"), area, rs.getString("period"), number(rs, "value"),
				rs.getString("category"), rs.getString("status"), number(rs, "city_average"),
				rs.getString("previous_period"), number(rs, "previous_value"), number(rs, "difference"),
				rs.getString("value_source_id"), rs.getString("note"));
	}

	private static Double number(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return (value != null) ? value.doubleValue() : null;
	}

}
