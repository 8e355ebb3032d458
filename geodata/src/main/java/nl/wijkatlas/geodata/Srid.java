package nl.wijkatlas.geodata;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one home of the spatial reference system identifiers Wijkatlas uses, and of parsing
 * the names by which files declare them.
 */
public final class Srid {

	/** Amersfoort / RD New: the authoritative CRS of every stored boundary (metres). */
	public static final int RD_NEW = 28992;

	/** WGS 84 longitude/latitude, as in RFC 7946 GeoJSON and the GraphQL API. */
	public static final int WGS84 = 4326;

	/** WGS 84 / Pseudo-Mercator, the CRS of vector tiles. */
	public static final int WEB_MERCATOR = 3857;

	private static final Pattern EPSG_NAME = Pattern.compile(
			"^(?:urn:ogc:def:crs:epsg:[0-9.]*:|epsg:{1,2}|https?://www\\.opengis\\.net/def/crs/epsg/[0-9.]+/)(\\d+)$");

	private static final Pattern CRS84_NAME = Pattern
		.compile("^(?:urn:ogc:def:crs:ogc:[0-9.]*:crs84|https?://www\\.opengis\\.net/def/crs/ogc/1\\.3/crs84)$");

	private Srid() {
	}

	/**
	 * The EPSG code a CRS name denotes, for the spellings found in GeoJSON and GeoPackage
	 * files: {@code urn:ogc:def:crs:EPSG::28992}, {@code EPSG:28992}, the OGC http URIs,
	 * and {@code CRS84} (lon/lat WGS 84, reported as {@link #WGS84}).
	 * @param name a CRS name
	 * @return the EPSG code, or empty when the name is not one of these spellings
	 */
	public static OptionalInt fromCrsName(String name) {
		if (name == null) {
			return OptionalInt.empty();
		}
		String normalised = name.trim().toLowerCase(Locale.ROOT);
		if (CRS84_NAME.matcher(normalised).matches()) {
			return OptionalInt.of(WGS84);
		}
		Matcher matcher = EPSG_NAME.matcher(normalised);
		if (matcher.matches()) {
			try {
				return OptionalInt.of(Integer.parseInt(matcher.group(1)));
			}
			catch (NumberFormatException ex) {
				return OptionalInt.empty();
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * Whether a CRS name denotes lon/lat axis order WGS 84 (CRS84), as opposed to
	 * {@code EPSG:4326}, whose official axis order is lat/lon.
	 * @param name a CRS name
	 * @return true for CRS84
	 */
	public static boolean isCrs84(String name) {
		return name != null && CRS84_NAME.matcher(name.trim().toLowerCase(Locale.ROOT)).matches();
	}

	/**
	 * The conventional name of an EPSG code, for messages.
	 * @param srid an EPSG code
	 * @return e.g. {@code EPSG:28992 (RD New)}
	 */
	public static String describe(int srid) {
		return switch (srid) {
			case RD_NEW -> "EPSG:28992 (RD New)";
			case WGS84 -> "EPSG:4326 (WGS 84)";
			case WEB_MERCATOR -> "EPSG:3857 (Web Mercator)";
			default -> "EPSG:" + srid;
		};
	}

}
