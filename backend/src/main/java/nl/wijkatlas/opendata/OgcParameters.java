package nl.wijkatlas.opendata;

import nl.wijkatlas.problem.RequestRefused;

import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The query parameters of the OGC API: every endpoint answers a parameter it does not
 * declare with 400 (as the standard requires), and {@code f}, {@code limit},
 * {@code offset} and {@code datetime} are checked here.
 */
final class OgcParameters {

	/**
	 * All of a gemeente's buurten (Zwolle has 78) in one page: GDAL takes the default.
	 */
	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	private static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))?";

	private static final Pattern DATETIME = Pattern.compile(
			"(" + DATE_TIME + ")|((" + DATE_TIME + ")|\\.\\.|)/((" + DATE_TIME + ")|\\.\\.|)",
			Pattern.CASE_INSENSITIVE);

	private OgcParameters() {
	}

	/** A 400 naming the first query parameter the endpoint does not declare. */
	static void allowOnly(HttpServletRequest request, Set<String> declared) {
		for (String name : request.getParameterMap().keySet()) {
			if (!declared.contains(name)) {
				throw RequestRefused.badParameter(name,
						"unknown query parameter; this resource accepts " + declared.stream().sorted().toList());
			}
		}
	}

	/**
	 * The output format: JSON only ({@code f=json}; {@code f=geojson} too where the
	 * response is GeoJSON).
	 */
	static void requireJson(String f, boolean geoJson) {
		if (f == null || f.equalsIgnoreCase("json") || f.equalsIgnoreCase(OgcLinks.JSON)
				|| (geoJson && (f.equalsIgnoreCase("geojson") || f.equalsIgnoreCase(OgcLinks.GEO_JSON)))) {
			return;
		}
		throw RequestRefused.badParameter("f",
				"'" + f + "' is not an offered format; use f=json" + (geoJson ? " or f=geojson" : ""));
	}

	/**
	 * The page size: 1 or more, {@value #DEFAULT_LIMIT} by default; above
	 * {@value #MAX_LIMIT} it is capped (the standard asks servers not to refuse it).
	 */
	static int limit(String limit) {
		if (limit == null) {
			return DEFAULT_LIMIT;
		}
		int value;
		try {
			value = Integer.parseInt(limit.strip());
		}
		catch (NumberFormatException ex) {
			if (limit.strip().matches("\\d+")) {
				return MAX_LIMIT;
			}
			throw RequestRefused.badParameter("limit", "'" + limit + "' is not a whole number");
		}
		if (value < 1) {
			throw RequestRefused.badParameter("limit", "must be at least 1, was " + value);
		}
		return Math.min(value, MAX_LIMIT);
	}

	static int offset(String offset) {
		if (offset == null) {
			return 0;
		}
		try {
			int value = Integer.parseInt(offset.strip());
			if (value >= 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw RequestRefused.badParameter("offset", "'" + offset + "' is not a whole number of 0 or more");
	}

	/**
	 * Checks the syntax of {@code datetime} (RFC 3339 instant or interval). Areas have no
	 * temporal geometry, so a valid value matches every area, as the standard requires.
	 */
	static void checkDatetime(String datetime) {
		if (datetime != null && (!DATETIME.matcher(datetime.strip()).matches() || datetime.strip().equals("/"))) {
			throw RequestRefused.badParameter("datetime", "'" + datetime
					+ "' is not an RFC 3339 date-time or interval (e.g. 2025-01-01T00:00:00Z or 2024-01-01/..)");
		}
	}

}
