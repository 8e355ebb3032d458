package nl.wijkatlas.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.wijkatlas.graphql.KeysetTable;
import nl.wijkatlas.graphql.WellFormed;
import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BudgetGoalRepository extends KeysetTable<BudgetGoal> {

	private static final String COLUMNS = "g.code, g.title, g.domain, g.description, g.portfolio_holders, g.criteria,"
			+ " g.source_id, g.locator";

	private static final Pattern CODE = Pattern.compile("^[0-9]{1,4}(\\.[0-9]{1,4}){0,5}$");

	BudgetGoalRepository(JdbcClient jdbc) {
		super(jdbc, "budget_goal g", "g.code", COLUMNS, "true", BudgetGoalRepository::map, BudgetGoal::code);
	}

	/** Codes sort as numbers (1.1.2 before 6.1.1 before 7.1.1 before 10.1.1). */
	@Override
	protected String order(String code) {
		return "string_to_array(" + code + ", '.')::int[]";
	}

	@Override
	protected String requireKey(String afterKey) {
		return requireCode("after", afterKey);
	}

	static String requireCode(String argument, String code) {
		return WellFormed.require(argument, code, CODE, "a begrotingsdoel code; expected a code such as 7.1.1");
	}

	List<BudgetGoal.Year> findYears(Collection<String> codes) {
		return this.jdbc.sql("select * from budget_goal_year where budget_goal_code = any(:codes) order by year, kind")
			.param("codes", codes.toArray(String[]::new))
			.query((rs, i) -> new BudgetGoal.Year(rs.getString("budget_goal_code"), rs.getInt("year"),
					rs.getString("kind"), Rows.decimal(rs, "expenses"), Rows.decimal(rs, "income"),
					Rows.decimal(rs, "balance"), Rows.decimal(rs, "reserve_additions"),
					Rows.decimal(rs, "reserve_withdrawals"), Rows.decimal(rs, "result")))
			.list();
	}

	List<BudgetGoal.StatedTotal> findStatedTotals(Collection<String> codes) {
		String[] keys = codes.toArray(String[]::new);
		Map<String, List<Credit.Forecast>> forecasts = new HashMap<>();
		this.jdbc
			.sql("select budget_goal_code, position, year, open_ended, amount from budget_goal_credit_total_forecast"
					+ " where budget_goal_code = any(:codes) order by year")
			.param("codes", keys)
			.query((rs) -> {
				forecasts
					.computeIfAbsent(rs.getString("budget_goal_code") + "#" + rs.getInt("position"),
							(k) -> new ArrayList<>())
					.add(new Credit.Forecast(null, rs.getInt("year"), rs.getBoolean("open_ended"),
							rs.getBigDecimal("amount").doubleValue()));
			});
		return this.jdbc
			.sql("select * from budget_goal_credit_total where budget_goal_code = any(:codes)"
					+ " order by budget_goal_code, position")
			.param("codes", keys)
			.query((rs, i) -> new BudgetGoal.StatedTotal(rs.getString("budget_goal_code"), rs.getInt("position"),
					rs.getString("label"), rs.getString("scope"), Rows.decimal(rs, "amount"),
					Rows.decimal(rs, "realised_to_date"), Rows.integer(rs, "realised_year"),
					Rows.decimal(rs, "remaining"), Rows.texts(rs, "credit_ids"),
					forecasts.getOrDefault(rs.getString("budget_goal_code") + "#" + rs.getInt("position"), List.of()),
					rs.getString("locator")))
			.list();
	}

	private static BudgetGoal map(ResultSet rs, int row) throws SQLException {
		return new BudgetGoal(rs.getString("code"), rs.getString("title"), rs.getString("domain"),
				rs.getString("description"), Rows.texts(rs, "portfolio_holders"), Rows.texts(rs, "criteria"),
				rs.getString("source_id"), rs.getString("locator"));
	}

}
