package nl.wijkatlas.credit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The sums the API computes over credits. A part (ONDERDEEL) is money already counted in
 * its whole, so every total leaves parts out. Sums are exact (BigDecimal), so a stated
 * table total compares equal to its lines only when they agree to the cent.
 */
final class MoneyTotals {

	private MoneyTotals() {
	}

	/**
	 * The sum of the amounts of the credits, parts left out; null when none has an amount
	 * (no figure is not zero).
	 */
	static Double amountWithoutParts(Collection<Credit> credits) {
		return sum(credits.stream().filter((c) -> !c.isPart()).map(Credit::amount).toList());
	}

	/**
	 * Whether the lines add up to every figure the row states, column by column. An empty
	 * cell (null) adds nothing, as in the document's own sums; a figure the row does not
	 * state is not compared.
	 */
	static boolean matchesLines(BudgetGoal.StatedTotal total, List<Credit> lines,
			Map<String, List<Credit.Forecast>> forecastsByCredit) {
		boolean matches = equal(total.amount(), lines, Credit::amount)
				&& equal(total.realisedToDate(), lines, Credit::realisedToDate)
				&& equal(total.remaining(), lines, Credit::remaining);
		for (Credit.Forecast column : total.forecasts()) {
			matches &= equal(column.amount(), lines,
					(line) -> forecastsByCredit.getOrDefault(line.id(), List.of())
						.stream()
						.filter((f) -> f.year() == column.year() && f.openEnded() == column.openEnded())
						.map(Credit.Forecast::amount)
						.findFirst()
						.orElse(null));
		}
		return matches;
	}

	private static boolean equal(Double stated, List<Credit> lines, Function<Credit, Double> cell) {
		if (stated == null) {
			return true;
		}
		Double sum = sum(lines.stream().map(cell).toList());
		return BigDecimal.valueOf(stated).compareTo(BigDecimal.valueOf((sum != null) ? sum : 0.0)) == 0;
	}

	private static Double sum(List<Double> values) {
		List<Double> present = values.stream().filter(Objects::nonNull).toList();
		if (present.isEmpty()) {
			return null;
		}
		return present.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
	}

}
