package nl.wijkatlas.graphql;

import java.util.regex.Pattern;

/**
 * The one check of an argument's shape (a code, a slug), before any query runs: a value
 * of another shape is the client's BAD_USER_INPUT, with a message that quotes it and says
 * what was expected.
 */
public final class WellFormed {

	private WellFormed() {
	}

	/**
	 * @param argument the argument's name, as the client wrote it
	 * @param value the argument's value; null is not well-formed
	 * @param shape what a well-formed value matches
	 * @param what what the value is not, with what was expected, e.g. {@code a story slug
	 * (lowercase words and hyphens)}
	 * @return the value
	 */
	public static String require(String argument, String value, Pattern shape, String what) {
		if (value == null || !shape.matcher(value).matches()) {
			throw new InvalidInputException(argument, "'" + value + "' is not " + what);
		}
		return value;
	}

}
