package nl.wijkatlas.opendata;

import nl.wijkatlas.geodata.Patterns;
import nl.wijkatlas.problem.RequestRefused;

import java.util.regex.Pattern;

/**
 * Periods and indicator codes as the schema stores them: a year ({@code 2025}) or a range
 * of years ({@code 2023-2024}, the second year later than the first).
 */
final class Periods {

	private static final Pattern PERIOD = Patterns.PERIOD;

	private static final Pattern INDICATOR_CODE = Patterns.INDICATOR_CODE;

	private Periods() {
	}

	static boolean isWellFormed(String period) {
		return period != null && PERIOD.matcher(period).matches()
				&& (period.length() == 4 || period.substring(5).compareTo(period.substring(0, 4)) > 0);
	}

	/** The period, or a 400 naming the parameter. */
	static String requireWellFormed(String parameter, String period) {
		if (!isWellFormed(period)) {
			throw RequestRefused.badParameter(parameter,
					"'" + period + "' is not a period; use a year (2025) or a range of years (2023-2024)");
		}
		return period;
	}

	static boolean isIndicatorCode(String code) {
		return code != null && INDICATOR_CODE.matcher(code).matches();
	}

}
