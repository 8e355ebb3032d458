package nl.wijkatlas.area;

import java.util.regex.Pattern;

import nl.wijkatlas.graphql.InvalidInputException;
import nl.wijkatlas.problem.RequestRefused;

/**
 * The optional {@code gemeente} filter of tiles, open data and lists: a CBS gemeente code
 * such as {@code GM1771}. Absent means every gemeente, as before there was more than one.
 */
public final class GemeenteCode {

	private static final Pattern GEMEENTE = Pattern.compile("^GM[0-9]{4}$");

	private static final String EXPECTED = "expected a CBS gemeente code such as GM0193 (Zwolle) or GM1771 "
			+ "(Geldrop-Mierlo); the gemeenten are areas(level: GEMEENTE)";

	private GemeenteCode() {
	}

	/**
	 * A REST query parameter.
	 * @return the code, or null when the parameter is absent
	 * @throws RequestRefused 400 naming the parameter when it is not a gemeente code
	 */
	public static String parameter(String value) {
		if (value == null) {
			return null;
		}
		if (!GEMEENTE.matcher(value).matches()) {
			throw RequestRefused.badParameter("gemeente", "'" + value + "' is not a gemeente code; " + EXPECTED);
		}
		return value;
	}

	/**
	 * A GraphQL argument.
	 * @return the code, or null when the argument is absent
	 * @throws InvalidInputException naming the argument when it is not a gemeente code
	 */
	public static String argument(String value) {
		if (value == null) {
			return null;
		}
		if (!GEMEENTE.matcher(value).matches()) {
			throw new InvalidInputException("gemeente", "'" + value + "' is not a gemeente code; " + EXPECTED);
		}
		return value;
	}

}
