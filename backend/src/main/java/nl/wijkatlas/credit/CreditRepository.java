package nl.wijkatlas.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.graphql.KeysetTable;
import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CreditRepository extends KeysetTable<Credit> {

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

	/** The filter of the credits connection: its arguments, as FILTER names them. */
	record Filter(String area, boolean within, String goal) {
	}

	private record Role(String role) {
	}

	CreditRepository(JdbcClient jdbc) {
		super(jdbc, "credit c", "c.id", COLUMNS, FILTER, CreditRepository::map, Credit::id);
	}

	/**
	 * The credits linked to each area in a role: SERVES (the area's money) or PILOT
	 * (city-wide money tried out there first).
	 */
	Map<String, List<Credit>> findByAreas(List<String> codes, boolean within, String role) {
		return findByAreas(codes, within, "join credit_area ca on ca.area_code = scope.code and ca.role = :role"
				+ " join credit c on c.id = ca.credit_id", new Role(role));
	}

	Map<String, List<Credit>> findByBudgetGoals(Collection<String> codes) {
		return findGroupedBy("c.budget_goal_code", codes);
	}

	/** The parts (ONDERDEEL) of each of the wholes, by the id of the whole. */
	Map<String, List<Credit>> findParts(Collection<String> wholeIds) {
		return findGroupedBy("c.part_of", wholeIds);
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
