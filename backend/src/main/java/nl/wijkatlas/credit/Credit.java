package nl.wijkatlas.credit;

import java.util.List;

/**
 * An amount of money: a krediet line, a reserved budget, a part of another amount
 * ({@code partOfId}), a subsidy or a scheme's budget. It serves the areas in
 * {@code areaCodes}; city-wide money tried out first in a wijk has that wijk in
 * {@code pilotAreaCodes} instead. Amounts in euros; null where the source gives none.
 */
public record Credit(String id, String name, String kind, String partOfId, String budgetGoalCode, Double amount,
		Double realisedToDate, Integer realisedYear, Double remaining, List<String> areaCodes,
		List<String> pilotAreaCodes, String sourceId, String sourceLocator, String note) {

	/** Kind of an amount that is part of another one; totals leave it out. */
	static final String PART = "ONDERDEEL";

	boolean isPart() {
		return PART.equals(this.kind);
	}

	/**
	 * A forecast column: its year, or with {@code openEnded} that year and every later
	 * one ("Raming 2022 en verder").
	 */
	public record Forecast(String creditId, int year, boolean openEnded, double amount) {

		public int fromYear() {
			return this.year;
		}

		public Integer toYear() {
			return this.openEnded ? null : this.year;
		}

		/** "2020", or "2022-" for a period from 2022 on. */
		public String period() {
			return this.openEnded ? this.year + "-" : String.valueOf(this.year);
		}

	}

}
