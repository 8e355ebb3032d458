package nl.wijkatlas.geodata;

import java.util.regex.Pattern;

/**
 * The shapes of the identifiers every part of the Wijkatlas checks, written once: the
 * importer, the API's arguments and inputs, and the downloads refuse the same strings.
 */
public final class Patterns {

	/**
	 * A period: a year ({@code 2025}) or a range of years ({@code 2023-2024}); group 1 is
	 * the first year, group 2 the last (null for a single year). Whether a range runs
	 * forward is for the caller to say where it matters.
	 */
	public static final Pattern PERIOD = Pattern.compile("^([0-9]{4})(?:-([0-9]{4}))?$");

	/**
	 * An indicator code: a letter, then letters, digits or underscores, at most 100 in
	 * all.
	 */
	public static final Pattern INDICATOR_CODE = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{0,99}$");

	/**
	 * A date as precise as it is known: a year ({@code 2019}), a month ({@code 2019-02})
	 * or a day ({@code 2019-02-28}); whether the day exists is for the caller to check.
	 */
	public static final Pattern PARTIAL_DATE = Pattern.compile("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");

	private Patterns() {
	}

}
