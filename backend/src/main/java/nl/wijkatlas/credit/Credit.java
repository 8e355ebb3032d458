package nl.wijkatlas.credit;

import java.util.List;

/**
 * A krediet: a budget line with its size, what was realised up to a year, what remains
 * and the forecasts per year, linked to the areas it serves. Amounts in euros; null where
 * the source gives none.
 */
public record Credit(String id, String name, String budgetGoalCode, Double amount, Double realisedToDate,
		Integer realisedYear, Double remaining, List<String> areaCodes, String sourceId, String sourceLocator,
		String note) {

	public record Forecast(String creditId, int year, double amount) {
	}

}
