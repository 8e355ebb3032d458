package nl.wijkatlas.geodata.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import nl.wijkatlas.geodata.Problem;
import nl.wijkatlas.geodata.Problems;

/**
 * The checks that make money honest: a part (ONDERDEEL) points at an existing whole, the
 * parts of a whole never add up to more than it, no chain of parts runs in a circle, and
 * the totals a kredieten table states equal its lines, column by column. Without them a
 * total could count the same euros twice, or the transcription could drift from the
 * document unnoticed.
 */
final class CreditChecks {

	private static final String CREDITS = "credits.json";

	private static final String GOALS = "budget_goals.json";

	private final Map<String, Content.CreditEntry> byId = new LinkedHashMap<>();

	private final Problems problems;

	CreditChecks(List<Content.CreditEntry> credits, Problems problems) {
		credits.stream().filter((c) -> c.id() != null).forEach((c) -> this.byId.putIfAbsent(c.id(), c));
		this.problems = problems;
	}

	void check() {
		Map<String, BigDecimal> partsOf = new LinkedHashMap<>();
		for (Content.CreditEntry credit : this.byId.values()) {
			checkPartOf(credit);
			if (credit.partOf() != null && this.byId.containsKey(credit.partOf()) && credit.amount() != null) {
				partsOf.merge(credit.partOf(), credit.amount(), BigDecimal::add);
			}
			checkOpenEnded(CREDITS, credit.id(), credit.forecasts());
		}
		partsOf.forEach((wholeId, parts) -> {
			BigDecimal whole = this.byId.get(wholeId).amount();
			if (whole != null && parts.compareTo(whole) > 0) {
				problem(CREDITS, wholeId, "its parts (partOf " + wholeId + ") add up to " + parts.toPlainString()
						+ ", more than the whole " + whole.toPlainString());
			}
		});
	}

	private void checkPartOf(Content.CreditEntry credit) {
		boolean part = "ONDERDEEL".equals(credit.kind());
		if (credit.partOf() == null) {
			if (part) {
				problem(CREDITS, credit.id(), "kind ONDERDEEL needs partOf: the credit it is a part of");
			}
			return;
		}
		if (!part) {
			problem(CREDITS, credit.id(), "partOf is only for kind ONDERDEEL, was kind " + credit.kind());
		}
		Content.CreditEntry whole = this.byId.get(credit.partOf());
		if (whole == null) {
			problem(CREDITS, credit.id(), "partOf points at unknown credit " + credit.partOf());
			return;
		}
		if (credit.amount() != null && whole.amount() != null && credit.amount().compareTo(whole.amount()) > 0) {
			problem(CREDITS, credit.id(), "the part (" + credit.amount().toPlainString() + ") is larger than its whole "
					+ whole.id() + " (" + whole.amount().toPlainString() + ")");
		}
		Set<String> seen = new HashSet<>(List.of(credit.id()));
		for (Content.CreditEntry at = whole; at != null; at = (at.partOf() != null) ? this.byId.get(at.partOf())
				: null) {
			if (!seen.add(at.id())) {
				problem(CREDITS, credit.id(), "partOf runs in a circle through " + at.id());
				return;
			}
		}
	}

	/** An open-ended column covers every later year, so nothing may follow it. */
	private void checkOpenEnded(String file, String id, List<Content.Forecast> forecasts) {
		List<Content.Forecast> list = ContentWriter.nonNull(forecasts);
		for (int i = 0; i < list.size() - 1; i++) {
			if (list.get(i).isOpenEnded()) {
				problem(file, id, "the open-ended forecast from " + list.get(i).year()
						+ " covers every later year, so it must be the last forecast");
			}
		}
	}

	void checkStatedTotals(Content.BudgetGoalEntry goal) {
		List<String> tableLines = this.byId.values()
			.stream()
			.filter((c) -> "KREDIET".equals(c.kind()) && Objects.equals(goal.code(), c.budgetGoalCode()))
			.map(Content.CreditEntry::id)
			.toList();
		for (Content.StatedTotal total : ContentWriter.nonNull(goal.statedTotals())) {
			String where = goal.code() + " '" + total.label() + "'";
			checkOpenEnded(GOALS, where, total.forecasts());
			List<Content.CreditEntry> lines = new ArrayList<>();
			for (String id : ContentWriter.nonNull(total.creditIds())) {
				Content.CreditEntry line = this.byId.get(id);
				if (line == null) {
					problem(GOALS, where, "adds up unknown credit " + id);
				}
				else if (!"KREDIET".equals(line.kind()) || !Objects.equals(goal.code(), line.budgetGoalCode())) {
					problem(GOALS, where, "credit " + id + " is not a KREDIET line of goal " + goal.code());
				}
				else {
					lines.add(line);
				}
			}
			if ("TOTAL".equals(total.scope())
					&& !new HashSet<>(ContentWriter.nonNull(total.creditIds())).equals(new HashSet<>(tableLines))) {
				problem(GOALS, where, "a TOTAL row adds up every KREDIET line of the goal " + tableLines
						+ ", but lists " + total.creditIds());
			}
			compare(where, "amount (Omvang krediet)", total.amount(), lines, Content.CreditEntry::amount);
			compare(where, "realisedToDate", (total.realisedToDate() != null) ? total.realisedToDate().amount() : null,
					lines, (c) -> (c.realisedToDate() != null) ? c.realisedToDate().amount() : null);
			compare(where, "remaining", total.remaining(), lines, Content.CreditEntry::remaining);
			for (Content.Forecast column : ContentWriter.nonNull(total.forecasts())) {
				compare(where, "forecast " + column.year() + (column.isOpenEnded() ? " and later" : ""),
						column.amount(), lines, (c) -> forecast(c, column));
			}
		}
	}

	private BigDecimal forecast(Content.CreditEntry line, Content.Forecast column) {
		for (Content.Forecast f : ContentWriter.nonNull(line.forecasts())) {
			if (Objects.equals(f.year(), column.year())) {
				if (f.isOpenEnded() != column.isOpenEnded()) {
					problem(CREDITS, line.id(), "forecast " + f.year() + " is " + (f.isOpenEnded() ? "" : "not ")
							+ "open-ended, unlike the table's total column");
				}
				return f.amount();
			}
		}
		return null;
	}

	/**
	 * A stated total equals the sum of its lines' cells. An empty cell (null) adds
	 * nothing, as in the document's own sums; a total the document does not state (null)
	 * is not checked.
	 */
	private void compare(String where, String column, BigDecimal stated, List<Content.CreditEntry> lines,
			Function<Content.CreditEntry, BigDecimal> cell) {
		if (stated == null) {
			return;
		}
		BigDecimal sum = lines.stream().map(cell).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(stated) != 0) {
			problem(GOALS, where, column + ": the table states " + stated.toPlainString() + " but its lines add up to "
					+ sum.toPlainString());
		}
	}

	private void problem(String file, String where, String message) {
		this.problems.add(new Problem(file, where, message));
	}

}
