package nl.wijkatlas.geodata.support;

/** Small CBS-shaped GeoJSON layers for tests of a fake gemeente GM0999. */
public final class SmallGeoJson {

	public static final String RD = "urn:ogc:def:crs:EPSG::28992";

	private SmallGeoJson() {
	}

	/** A square polygon in GeoJSON. */
	public static String square(double x, double y, double size) {
		return "{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y + "],[" + (x + size) + "," + y + "],["
				+ (x + size) + "," + (y + size) + "],[" + x + "," + (y + size) + "],[" + x + "," + y + "]]]}";
	}

	public static String feature(String code, String name, String geometry) {
		return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":{\"statcode\":" + quoted(code)
				+ ",\"jrstatcode\":" + quoted((code != null) ? "2025" + code : null) + ",\"statnaam\":" + quoted(name)
				+ ",\"gmCode\":\"GM0999\"}}";
	}

	public static String collection(String crs, String... features) {
		String crsMember = (crs != null) ? "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crs + "\"}}, "
				: "";
		return "{\"type\":\"FeatureCollection\", " + crsMember + "\"features\":[\n" + String.join(",\n", features)
				+ "\n]}";
	}

	/**
	 * Buurten BU09990101, BU09990102 (wijk WK099901) and BU09990201 (wijk WK099902), in
	 * RD.
	 */
	public static String buurten() {
		return collection(RD, feature("BU09990101", "Kern-West", square(100000, 400000, 1000)),
				feature("BU09990102", "Kern-Oost", square(101000, 400000, 1000)),
				feature("BU09990201", "Noord", square(100000, 401000, 1000)));
	}

	/** Wijken WK099901 and WK099902, in RD. */
	public static String wijken() {
		return collection(RD, feature("WK099901", "Wijk 01 Kern", square(100000, 400000, 2000)),
				feature("WK099902", "Wijk 02 Noord", square(100000, 401000, 1000)));
	}

	private static String quoted(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

}
