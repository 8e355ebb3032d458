package nl.wijkatlas.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.wijkatlas.problem.RequestRefused;

/**
 * The coordinate reference systems the OGC API offers (OGC API – Features Part 2, CRS by
 * reference). Geometries are stored in RD New (EPSG:28992), so that is the storage CRS
 * and is served untransformed; CRS84 and ETRS89 come from PostGIS's WGS84 copy. EPSG:4258
 * has latitude first by its definition, so its coordinates are flipped, as Part 2
 * requires (CRS84 is the longitude-first variant).
 */
enum OgcCrs {

	/** WGS84 longitude, latitude: the default and what RFC 7946 GeoJSON means. */
	CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, false, 6),

	/** RD New (Amersfoort / RD New): x east, y north in metres; the storage CRS. */
	RD_NEW("http://www.opengis.net/def/crs/EPSG/0/28992", 28992, false, 2),

	/** ETRS89 geographic: latitude, longitude (axis order of the EPSG definition). */
	ETRS89("http://www.opengis.net/def/crs/EPSG/0/4258", 4258, true, 6);

	/** Geometries are stored in RD New ({@code area_boundary.geom_rd}). */
	static final OgcCrs STORAGE = RD_NEW;

	private final String uri;

	private final int srid;

	private final boolean latitudeFirst;

	private final int decimals;

	OgcCrs(String uri, int srid, boolean latitudeFirst, int decimals) {
		this.uri = uri;
		this.srid = srid;
		this.latitudeFirst = latitudeFirst;
		this.decimals = decimals;
	}

	String uri() {
		return this.uri;
	}

	int srid() {
		return this.srid;
	}

	boolean latitudeFirst() {
		return this.latitudeFirst;
	}

	/** Whether coordinates are longitudes and latitudes in degrees. */
	boolean geographic() {
		return this != RD_NEW;
	}

	/** The value of the {@code Content-Crs} header: the URI in angle brackets. */
	String header() {
		return "<" + this.uri + ">";
	}

	/**
	 * The SQL expression of the boundary in this CRS, rings wound counter-clockwise
	 * (exterior) in the CRS's x/y plane before any axis flip, rounded to about 1 cm (6
	 * decimals in degrees, 2 in metres).
	 */
	String geoJsonSql() {
		String geometry = switch (this) {
			case CRS84 -> "ST_ForcePolygonCCW(b.geom_wgs84)";
			case RD_NEW -> "ST_ForcePolygonCCW(b.geom_rd)";
			case ETRS89 -> "ST_FlipCoordinates(ST_ForcePolygonCCW(ST_Transform(b.geom_wgs84, 4258)))";
		};
		return "ST_AsGeoJSON(" + geometry + ", " + this.decimals + ")::json";
	}

	static List<String> uris() {
		return Arrays.stream(values()).map(OgcCrs::uri).toList();
	}

	static Optional<OgcCrs> byUri(String uri) {
		String wanted = uri.strip();
		// The safe CURIE form ([EPSG:28992]) is common in clients; accept it too.
		return Arrays.stream(values())
			.filter((crs) -> crs.uri.equals(wanted) || crs.curie().equalsIgnoreCase(wanted))
			.findFirst();
	}

	private String curie() {
		return (this == CRS84) ? "[OGC:CRS84]" : "[EPSG:" + this.srid + "]";
	}

	/** The CRS a {@code crs} or {@code bbox-crs} parameter names; CRS84 when absent. */
	static OgcCrs parameter(String name, String value) {
		if (value == null) {
			return CRS84;
		}
		return byUri(value).orElseThrow(
				() -> RequestRefused.badParameter(name, "'" + value + "' is not an offered CRS; use one of " + uris()));
	}

}
