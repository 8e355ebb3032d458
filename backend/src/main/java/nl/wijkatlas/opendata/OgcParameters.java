package nl.wijkatlas.opendata;

import nl.wijkatlas.problem.RequestRefused;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

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

	/** What a resource is sent as: its JSON (GeoJSON for features) or the HTML view. */
	enum Format {

		JSON, HTML

	}

	/**
	 * The output format: {@code f=json} (and {@code f=geojson} where the response is
	 * GeoJSON) or {@code f=html}; without {@code f}, HTML only for a client that asks for
	 * {@code text/html} more than for JSON, or as much and first (a browser), JSON for
	 * every other ({@code *}{@code /*}, {@code application/json}, GDAL, curl). Another
	 * value of {@code f} is a 400.
	 */
	static Format format(HttpServletRequest request, String f, boolean geoJson) {
		if (f == null) {
			return prefersHtml(request.getHeader(HttpHeaders.ACCEPT)) ? Format.HTML : Format.JSON;
		}
		if (f.equalsIgnoreCase("html") || f.equalsIgnoreCase(MediaType.TEXT_HTML_VALUE)) {
			return Format.HTML;
		}
		if (f.equalsIgnoreCase("json") || f.equalsIgnoreCase(OgcLinks.JSON)
				|| (geoJson && (f.equalsIgnoreCase("geojson") || f.equalsIgnoreCase(OgcLinks.GEO_JSON)))) {
			return Format.JSON;
		}
		throw RequestRefused.badParameter("f",
				"'" + f + "' is not an offered format; use f=json" + (geoJson ? ", f=geojson" : "") + " or f=html");
	}

	/**
	 * The format of a resource that is JSON only (the API definition): {@code f=json} or
	 * nothing.
	 */
	static void requireJson(String f) {
		if (f != null && !f.equalsIgnoreCase("json") && !f.equalsIgnoreCase(OgcLinks.JSON)) {
			throw RequestRefused.badParameter("f", "'" + f + "' is not an offered format; use f=json");
		}
	}

	private static boolean prefersHtml(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		// With equal quality the type listed first wins: "application/json, text/html" is
		// a JSON client that can also show a page.
		double html = 0;
		double json = 0;
		int htmlAt = Integer.MAX_VALUE;
		int jsonAt = Integer.MAX_VALUE;
		for (int i = 0; i < types.size(); i++) {
			MediaType type = types.get(i);
			if (type.isWildcardType() || type.isWildcardSubtype()) {
				continue;
			}
			if (type.isCompatibleWith(MediaType.TEXT_HTML) && type.getQualityValue() > html) {
				html = type.getQualityValue();
				htmlAt = i;
			}
			else if ((type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))
					&& type.getQualityValue() > json) {
				json = type.getQualityValue();
				jsonAt = i;
			}
		}
		return html > 0 && (html > json || (html == json && htmlAt < jsonAt));
	}

	/**
	 * The language of the HTML view: Dutch, or English with {@code taal=en} (as on the
	 * app's pages). Any other value is a 400.
	 */
	static boolean english(String taal) {
		if (taal == null || taal.equals("nl")) {
			return false;
		}
		if (taal.equals("en")) {
			return true;
		}
		throw RequestRefused.badParameter("taal", "'" + taal + "' is not offered; use nl (the default) or en");
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
