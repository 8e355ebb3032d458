package nl.wijkatlas.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.area.AreaScoped;
import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CreditRepository {

	private static final String COLUMNS = """
			c.id, c.name, c.kind, c.part_of, c.budget_goal_code, c.amount, c.realised_to_date, c.realised_year,
			c.remaining, c.source_id, c.locator, c.note,
			array(select area_code from credit_area x where x.credit_id = c.id and x.role = 'SERVES'
			      order by area_code) as area_codes,
			array(select area_code from credit_area x where x.credit_id = c.id and x.role = 'PILOT'
			      order by area_code) as pilot_area_codes
			""";

	// An area's credits are those that serve it: a city-wide amount piloted in a wijk is
	// not that wijk's money (see findByAreas with role PILOT).
	private static final String FILTER = """
			(cast(:goal as text) is null or c.budget_goal_code = :goal)
			and (cast(:area as text) is null or exists (select 1 from credit_area ca
			     where ca.credit_id = c.id and ca.role = 'SERVES'
			       and ca.area_code in (select code from area_scope(:area, :within))))
			""";

	private final JdbcClient jdbc;

	CreditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Credit> findByIds(Collection<String> ids) {
		return this.jdbc.sql("select " + COLUMNS + " from credit c where c.id = any(:ids)")
			.param("ids", ids.toArray(String[]::new))
			.query(CreditRepository::map)
			.list();
	}

	List<Credit> findPage(String area, boolean within, String goal, String afterId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from credit c where " + FILTER
					+ " and (cast(:after as text) is null or c.id > :after) order by c.id limit :limit")
			.param("area", area)
			.param("within", within)
			.param("goal", goal)
			.param("after", afterId)
			.param("limit", limit)
			.query(CreditRepository::map)
			.list();
	}

	int count(String area, boolean within, String goal) {
		return this.jdbc.sql("select count(*) from credit c where " + FILTER)
			.param("area", area)
			.param("within", within)
			.param("goal", goal)
			.query(Integer.class)
			.single();
	}

	/**
	 * The credits linked to each area in a role: SERVES (the area's money) or PILOT
	 * (city-wide money tried out there first).
	 */
	Map<String, List<Credit>> findByAreas(List<String> codes, boolean within, String role) {
		Map<String, List<Credit>> result = new LinkedHashMap<>();
		this.jdbc
			.sql(AreaScoped.select(within) + "scope.root, " + COLUMNS + " from " + AreaScoped.scope(within) + " scope"
					+ " join credit_area ca on ca.area_code = scope.code and ca.role = :role"
					+ " join credit c on c.id = ca.credit_id order by scope.root, c.id")
			.param("codes", codes.toArray(String[]::new))
			.param("role", role)
			.query((rs) -> {
				result.computeIfAbsent(rs.getString("root"), (k) -> new ArrayList<>()).add(map(rs, 0));
			});
		return result;
	}

	Map<String, List<Credit>> findByBudgetGoals(Collection<String> codes) {
		Map<String, List<Credit>> result = new LinkedHashMap<>();
		this.jdbc.sql("select " + COLUMNS + " from credit c where c.budget_goal_code = any(:codes) order by c.id")
			.param("codes", codes.toArray(String[]::new))
			.query((rs) -> {
				result.computeIfAbsent(rs.getString("budget_goal_code"), (k) -> new ArrayList<>()).add(map(rs, 0));
			});
		return result;
	}

	/** The parts (ONDERDEEL) of each of the wholes, by the id of the whole. */
	Map<String, List<Credit>> findParts(Collection<String> wholeIds) {
		Map<String, List<Credit>> result = new LinkedHashMap<>();
		this.jdbc.sql("select " + COLUMNS + " from credit c where c.part_of = any(:ids) order by c.id")
			.param("ids", wholeIds.toArray(String[]::new))
			.query((rs) -> {
				result.computeIfAbsent(rs.getString("part_of"), (k) -> new ArrayList<>()).add(map(rs, 0));
			});
		return result;
	}

	List<Credit.Forecast> findForecasts(Collection<String> creditIds) {
		return this.jdbc
			.sql("select credit_id, year, open_ended, amount from credit_forecast where credit_id = any(:ids)"
					+ " order by year")
			.param("ids", creditIds.toArray(String[]::new))
			.query((rs, i) -> new Credit.Forecast(rs.getString("credit_id"), rs.getInt("year"),
					rs.getBoolean("open_ended"), rs.getBigDecimal("amount").doubleValue()))
			.list();
	}

	private static Credit map(ResultSet rs, int row) throws SQLException {
		return new Credit(rs.getString("id"), rs.getString("name"), rs.getString("kind"), rs.getString("part_of"),
				rs.getString("budget_goal_code"), Rows.decimal(rs, "amount"), Rows.decimal(rs, "realised_to_date"),
				Rows.integer(rs, "realised_year"), Rows.decimal(rs, "remaining"), Rows.texts(rs, "area_codes"),
				Rows.texts(rs, "pilot_area_codes"), rs.getString("source_id"), rs.getString("locator"),
				rs.getString("note"));
	}

}
