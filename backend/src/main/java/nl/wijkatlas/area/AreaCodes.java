package nl.wijkatlas.area;

import java.util.regex.Pattern;

import nl.wijkatlas.graphql.WellFormed;

/**
 * The shapes of area codes: CBS codes for gemeente, wijk and buurt, local codes for
 * stadsdelen and gebieden.
 */
final class AreaCodes {

	private static final Pattern ANY_LEVEL = Pattern
		.compile("^(GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8}|SD[0-9]{4}_[A-Z0-9]+|GB[0-9]{4}_[A-Z0-9_]+)$");

	private AreaCodes() {
	}

	static String requireWellFormed(String argument, String code) {
		return WellFormed.require(argument, code, ANY_LEVEL, "an area code; expected a code such as "
				+ "GM0193 (gemeente), SD0193_NOORD (stadsdeel), WK019330 (wijk) or BU01933000 (buurt)");
	}

}
