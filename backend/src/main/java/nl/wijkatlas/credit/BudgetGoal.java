package nl.wijkatlas.credit;

import java.util.List;

/**
 * A begrotingsdoel such as 7.1.1, with its portfolio holders, criteria and the figures of
 * its "baten en lasten" table per year.
 */
public record BudgetGoal(String code, String title, String domain, String description, List<String> portfolioHolders,
		List<String> criteria, String sourceId, String sourceLocator) {

	/**
	 * A totals row of the goal's kredieten table as the document states it; the lines it
	 * adds up are {@code creditIds}.
	 */
	public record StatedTotal(String budgetGoalCode, int position, String label, String scope, Double amount,
			Double realisedToDate, Integer realisedYear, Double remaining, List<String> creditIds,
			List<Credit.Forecast> forecasts, String sourceLocator) {
	}

	public record Year(String budgetGoalCode, int year, String kind, Double expenses, Double income, Double balance,
			Double reserveAdditions, Double reserveWithdrawals, Double result) {
	}

}
