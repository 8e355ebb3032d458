package nl.wijkatlas.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.geodata.AreaLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads indicators. Methods that serve a field of many indicators take a batch of codes.
 */
@Repository
class IndicatorRepository {

	private static final String SELECT = "select code, label, unit, theme, higher_is_better, description, source_id, "
			+ "value_kind, label_en, aggregation, weight_indicator_code from indicator ";

	private static final String THEME = "(cast(:theme as text) is null or lower(theme) = lower(:theme))";

	private final JdbcClient jdbc;

	IndicatorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Indicator> findByCodes(Collection<String> codes) {
		// A semi-join, not code = any(:codes): the table is small enough for a sequential
		// scan, and its filter then compared every row with every code of the array.
		return this.jdbc.sql(SELECT + "where code in (select unnest(cast(:codes as text[])))")
			.param("codes", codes.toArray(String[]::new))
			.query((rs, row) -> map(rs))
			.list();
	}

	/**
	 * One page of indicators ordered by code, starting after {@code afterCode};
	 * {@code limit} rows at most.
	 */
	List<Indicator> findPage(String theme, String afterCode, int limit) {
		return this.jdbc
			.sql(SELECT + "where " + THEME + ((afterCode != null) ? " and code > :after " : " ")
					+ "order by code limit :limit")
			.param("theme", theme)
			.param("after", afterCode)
			.param("limit", limit)
			.query((rs, row) -> map(rs))
			.list();
	}

	int count(String theme) {
		return this.jdbc.sql("select count(*) from indicator where " + THEME)
			.param("theme", theme)
			.query(Integer.class)
			.single();
	}

	/** The periods each indicator has figures for, in order. */
	Map<String, List<String>> findPeriods(Collection<String> codes) {
		Map<String, List<String>> periods = new LinkedHashMap<>();
		this.jdbc
			.sql("select indicator_code, array_agg(distinct period order by period) as periods from indicator_value "
					+ "where indicator_code = any(:codes) group by indicator_code")
			.param("codes", codes.toArray(String[]::new))
			.query((rs) -> {
				periods.put(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()));
			});
		return periods;
	}

	/**
	 * For each indicator, the levels and periods with at least one figure: how many areas
	 * have one, of how many (of one gemeente, when given), ordered by level and period.
	 */
	Map<String, List<IndicatorCoverage>> findCoverage(Collection<String> codes, String gemeente) {
		Map<String, List<IndicatorCoverage>> coverage = new LinkedHashMap<>();
		String inGemeente = (gemeente != null) ? " and a.gemeente_code = :gemeente" : "";
		this.jdbc.sql("""
				with totals as (select a.level, count(*) as areas from area a where true%s group by a.level)
				select v.indicator_code, a.level, v.period, count(*) as present, t.areas
				from indicator_value v join area a on a.code = v.area_code join totals t on t.level = a.level
				where v.indicator_code = any(:codes) and v.status = 'PRESENT'%s
				group by v.indicator_code, a.level, v.period, t.areas
				order by v.indicator_code,
				  array_position(array['GEMEENTE', 'STADSDEEL', 'WIJK', 'BUURT', 'GEBIED'], a.level), v.period
				""".formatted(inGemeente, inGemeente))
			.param("codes", codes.toArray(String[]::new))
			.param("gemeente", gemeente)
			.query((rs) -> {
				coverage.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>())
					.add(new IndicatorCoverage(AreaLevel.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
							rs.getInt(5)));
			});
		return coverage;
	}

	/** The codes of the list that are neither an indicator nor an alias of one. */
	List<String> findUnknown(Collection<String> codes) {
		return this.jdbc
			.sql("select c from unnest(cast(:codes as text[])) c where not exists "
					+ "(select 1 from indicator i where i.code = c) "
					+ "and not exists (select 1 from indicator_alias a where a.code = c) order by c")
			.param("codes", codes.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	/**
	 * The indicator each alias among the codes stands for (another publisher's code for
	 * the same quantity, e.g. PDOK's aantalInwoners for AantalInwoners_5); codes that are
	 * no alias are not in the map.
	 */
	Map<String, String> findAliased(Collection<String> codes) {
		Map<String, String> aliased = new LinkedHashMap<>();
		this.jdbc.sql("select code, indicator_code from indicator_alias where code = any(:codes)")
			.param("codes", codes.toArray(String[]::new))
			.query((rs) -> {
				aliased.put(rs.getString(1), rs.getString(2));
			});
		return aliased;
	}

	private static Indicator map(ResultSet rs) throws SQLException {
		return new Indicator(rs.getString("code"), rs.getString("label"), rs.getString("unit"), rs.getString("theme"),
				(Boolean) rs.getObject("higher_is_better"), rs.getString("description"), rs.getString("source_id"),
				rs.getString("value_kind"), rs.getString("label_en"), rs.getString("aggregation"),
				rs.getString("weight_indicator_code"));
	}

}
