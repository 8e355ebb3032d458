package nl.wijkatlas.geodata.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads values and periods as files write them. A blank value is missing; CBS's
 * {@code -99997} (and its {@code x}) is suppressed, CBS's {@code .} missing; a category
 * "geen gegevens (beschikbaar)" is missing too. None of them ever becomes 0.
 */
final class Values {

	/** The unit that marks a categorical indicator. */
	static final String CATEGORY_UNIT = "categorie";

	private static final BigDecimal CBS_SUPPRESSED = new BigDecimal("-99997");

	private static final Pattern NUMBER = Pattern.compile("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$");

	private static final Pattern YEAR = Pattern.compile("^[0-9]{4}$");

	private static final Pattern RANGE = Pattern.compile("^([0-9]{4})-([0-9]{4})$");

	private static final Set<String> NO_CATEGORY = Set.of("geen gegevens", "geen gegevens beschikbaar");

	/**
	 * A value read.
	 *
	 * @param status PRESENT, MISSING or SUPPRESSED
	 * @param value the number, when PRESENT and numeric
	 * @param category the category, when PRESENT and categorical
	 * @param error why the text is no value, or null
	 */
	record Parsed(String status, BigDecimal value, String category, String error) {

		static Parsed missing() {
			return new Parsed("MISSING", null, null, null);
		}

	}

	private Values() {
	}

	static Parsed parse(String text, boolean categorical, String unit) {
		String raw = (text != null) ? text.trim() : "";
		if (raw.isEmpty()) {
			return Parsed.missing();
		}
		if (categorical) {
			return NO_CATEGORY.contains(raw.toLowerCase(Locale.ROOT)) ? Parsed.missing()
					: new Parsed("PRESENT", null, raw, null);
		}
		if (raw.equals(".")) {
			return Parsed.missing();
		}
		if (raw.equalsIgnoreCase("x")) {
			return new Parsed("SUPPRESSED", null, null, null);
		}
		if (!NUMBER.matcher(raw).matches()) {
			String hint = raw.matches("^[+-]?[0-9.]*,[0-9]+$") ? " (write decimals with a point, not a comma)" : "";
			return new Parsed(null, null, null, "non-numeric value '" + raw + "' for an indicator with unit '" + unit
					+ "'" + hint + "; only unit '" + CATEGORY_UNIT + "' takes text");
		}
		BigDecimal value = new BigDecimal(raw);
		if (value.compareTo(CBS_SUPPRESSED) == 0) {
			return new Parsed("SUPPRESSED", null, null, null);
		}
		return new Parsed("PRESENT", value.stripTrailingZeros(), null, null);
	}

	/**
	 * Checks a period.
	 * @param period the period as written
	 * @param rangeAllowed whether a range of years like {@code 2023-2024} is allowed
	 * @return why it is no period, or null when it is one
	 */
	static String periodError(String period, boolean rangeAllowed) {
		if (period == null) {
			return "the period is blank";
		}
		if (YEAR.matcher(period).matches()) {
			return null;
		}
		var range = RANGE.matcher(period);
		if (rangeAllowed && range.matches()) {
			return (range.group(2).compareTo(range.group(1)) > 0) ? null
					: "period '" + period + "' ends before it starts";
		}
		return "period '" + period + "' is not a year" + (rangeAllowed ? " or a range of years like 2023-2024" : "");
	}

}
