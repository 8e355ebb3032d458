package nl.wijkatlas.opendata;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads an indicator's figures for a whole level: one row per area of the level, areas
 * without a figure included as MISSING, with the city average (the figure of the area's
 * gemeente for the same indicator and period, as the GraphQL API defines it).
 */
@Repository
class IndicatorFigures {

	/** What a download needs to know about an indicator. */
	record IndicatorInfo(String code, String label, String unit, String valueKind, List<String> periods) {

		String latestPeriod() {
			return this.periods.isEmpty() ? null : this.periods.get(this.periods.size() - 1);
		}

	}

	/**
	 * One area's figure; value, category and cityAverage are null when there is none.
	 * {@code reliability} is NORMAL or FEW_RESPONDENTS; {@code derivation} says how a
	 * derived figure was computed (e.g. {@code SUM of 16 WIJK}), null for a published
	 * one.
	 */
	record Figure(String areaCode, String areaName, String level, BigDecimal value, String category, String status,
			BigDecimal cityAverage, String source, String sourceUrl, String note, String reliability,
			String derivation) {

	}

	private final JdbcClient jdbc;

	IndicatorFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<IndicatorInfo> find(String code) {
		return this.jdbc.sql("""
				select i.code, i.label, i.unit, i.value_kind,
				       array(select distinct v.period from indicator_value v
				             where v.indicator_code = i.code order by v.period) as periods
				from indicator i where i.code = :code
				""")
			.param("code", code)
			.query((rs, row) -> new IndicatorInfo(rs.getString("code"), rs.getString("label"), rs.getString("unit"),
					rs.getString("value_kind"), Rows.texts(rs, "periods")))
			.optional();
	}

	/**
	 * The latest period in which some area of the level has a figure; empty when none
	 * has.
	 */
	Optional<String> latestPeriodWithFigures(String code, AreaLevel level) {
		return this.jdbc.sql("""
				select max(v.period) from indicator_value v join area a on a.code = v.area_code
				where v.indicator_code = :code and a.level = :level and v.status = 'PRESENT'
				having max(v.period) is not null
				""").param("code", code).param("level", level.name()).query(String.class).optional();
	}

	/** Whether a gemeente with this code has been imported. */
	boolean gemeenteExists(String gemeente) {
		return this.jdbc.sql("select exists (select 1 from area where code = :code and level = 'GEMEENTE')")
			.param("code", gemeente)
			.query(Boolean.class)
			.single();
	}

	/** Every area of the level, of one gemeente when it is given (null: all). */
	List<Figure> figures(String code, AreaLevel level, String period, String gemeente) {
		return this.jdbc.sql("""
				select a.code, a.name, a.level, v.value, v.category, coalesce(v.status, 'MISSING') as status,
				       g.value as city_average, s.title as source, s.url as source_url, v.note,
				       coalesce(v.reliability, 'NORMAL') as reliability,
				       v.derivation_method || ' of ' || v.derivation_input_count || ' ' || v.derivation_input_level
				         || coalesce(' weighted by ' || v.derivation_weight_code, '') as derivation
				from area a
				left join indicator_value v
				       on v.indicator_code = :code and v.area_code = a.code and v.period = :period
				left join indicator_value g
				       on g.indicator_code = :code and g.area_code = a.gemeente_code and g.period = :period
				left join source s on s.id = v.source_id
				where a.level = :level %s
				order by a.code
				""".formatted((gemeente != null) ? "and a.gemeente_code = :gemeente" : ""))
			.params((gemeente != null) ? Map.of("gemeente", gemeente) : Map.of())
			.param("code", code)
			.param("level", level.name())
			.param("period", period)
			.query((rs, row) -> new Figure(rs.getString("code"), rs.getString("name"), rs.getString("level"),
					rs.getBigDecimal("value"), rs.getString("category"), rs.getString("status"),
					rs.getBigDecimal("city_average"), rs.getString("source"), rs.getString("source_url"),
					rs.getString("note"), rs.getString("reliability"), rs.getString("derivation")))
			.list();
	}

}
