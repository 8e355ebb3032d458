package nl.wijkatlas.indicator;

import nl.wijkatlas.geodata.Patterns;
import java.util.List;
import java.util.regex.Pattern;

import nl.wijkatlas.graphql.InvalidInputException;
import nl.wijkatlas.graphql.WellFormed;

/** The shapes of indicator codes and periods, checked before any query runs. */
final class IndicatorArguments {

	private static final Pattern CODE = Patterns.INDICATOR_CODE;

	private static final Pattern PERIOD = Patterns.PERIOD;

	private IndicatorArguments() {
	}

	static String requireCode(String argument, String code) {
		return WellFormed.require(argument, code, CODE,
				"an indicator code; expected a code such as AantalInwoners_5 or bvb_rapportcijfer_leefbaarheid_buurt");
	}

	static List<String> requireCodes(String argument, List<String> codes) {
		if (codes != null) {
			codes.forEach((code) -> requireCode(argument, code));
		}
		return codes;
	}

	static String requirePeriod(String argument, String period) {
		if (period == null) {
			return null;
		}
		var matcher = PERIOD.matcher(period);
		if (!matcher.matches() || (matcher.group(2) != null && matcher.group(2).compareTo(matcher.group(1)) <= 0)) {
			throw new InvalidInputException(argument,
					"'" + period + "' is not a period; expected a year such as 2024 or a range such as 2023-2024");
		}
		return period;
	}

}
