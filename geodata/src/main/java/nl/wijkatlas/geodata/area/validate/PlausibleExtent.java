package nl.wijkatlas.geodata.area.validate;

import nl.wijkatlas.geodata.Srid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A box that coordinates of a CRS must fall in to be plausible.
 *
 * @param description what the box is, for messages
 * @param minX the smallest x (or longitude)
 * @param minY the smallest y (or latitude)
 * @param maxX the largest x
 * @param maxY the largest y
 */
public record PlausibleExtent(String description, double minX, double minY, double maxX, double maxY) {

	/** The RD New grid over the Netherlands, in metres. */
	public static final PlausibleExtent RD_NEW = new PlausibleExtent(
			"the RD New extent (x 0..300000, y 289000..629000)", 0, 289000, 300000, 629000);

	/** The area of use of RD New in longitude/latitude, with a margin. */
	public static final PlausibleExtent NETHERLANDS_LON_LAT = new PlausibleExtent(
			"the Netherlands in longitude/latitude (lon 2.5..7.5, lat 50.5..54)", 2.5, 50.5, 7.5, 54);

	/** Any longitude/latitude. */
	public static final PlausibleExtent LON_LAT = new PlausibleExtent("longitude/latitude", -180, -90, 180, 90);

	/**
	 * The extent that coordinates of the given SRID must fall in.
	 * @param srid {@link Srid#RD_NEW} or {@link Srid#WGS84}
	 * @return the extent
	 */
	public static PlausibleExtent of(int srid) {
		return switch (srid) {
			case Srid.RD_NEW -> RD_NEW;
			case Srid.WGS84 -> NETHERLANDS_LON_LAT;
			default -> throw new IllegalArgumentException("no plausible extent known for " + Srid.describe(srid));
		};
	}

	/**
	 * The first coordinate of a geometry outside this extent.
	 * @param geometry a geometry
	 * @return the coordinate, or null when all are inside
	 */
	public Coordinate firstOutside(Geometry geometry) {
		for (Coordinate c : geometry.getCoordinates()) {
			if (!(c.x >= this.minX && c.x <= this.maxX && c.y >= this.minY && c.y <= this.maxY)) {
				return c;
			}
		}
		return null;
	}

	/**
	 * A coordinate as people read it, without needless decimals.
	 * @param c a coordinate
	 * @return e.g. {@code (203333, 503150)}
	 */
	public static String format(Coordinate c) {
		return "(" + number(c.x) + ", " + number(c.y) + ")";
	}

	private static String number(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: Double.toString(value);
	}

}
