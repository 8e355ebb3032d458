package nl.wijkatlas.graphql;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import nl.wijkatlas.geodata.Patterns;

/**
 * The bounds of values in mutation inputs that the schema's types do not express
 * (docs/api.md: "Limits and error codes"): amounts and dates, reported among a mutation's
 * payload errors. String lengths and list sizes are checked for every argument and input
 * field by {@code nl.wijkatlas.limits.InputBoundsInstrumentation}, from the schema's
 * {@code @length} and {@code @size}.
 */
public final class InputBounds {

	/**
	 * The largest amount in euros: a thousand billion, well inside the database's
	 * {@code numeric(16, 2)}.
	 */
	public static final double MAX_AMOUNT = 1e12;

	private InputBounds() {
	}

	/** Null, or a finite amount from 0 to {@link #MAX_AMOUNT}. */
	public static boolean isAmount(Double amount) {
		return amount == null || (Double.isFinite(amount) && amount >= 0 && amount <= MAX_AMOUNT);
	}

	public static final String AMOUNT_MESSAGE = "an amount is a non-negative number of euros, at most 1,000,000,000,000";

	/**
	 * Null, or a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD (no 30 February).
	 */
	public static boolean isPartialDate(String text) {
		if (text == null) {
			return true;
		}
		if (!Patterns.PARTIAL_DATE.matcher(text).matches()) {
			return false;
		}
		try {
			switch (text.length()) {
				case 7 -> YearMonth.parse(text);
				case 10 -> LocalDate.parse(text);
				default -> {
				}
			}
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
