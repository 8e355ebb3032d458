package nl.wijkatlas.geo;

/**
 * A WGS84 position: longitude and latitude in degrees.
 */
public record LonLat(double lon, double lat) {

	public static boolean isValid(double lon, double lat) {
		return Double.isFinite(lon) && Double.isFinite(lat) && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
	}

}
