package nl.wijkatlas.opendata;

import nl.wijkatlas.problem.RequestRefused;

import java.util.ArrayList;
import java.util.List;

/**
 * A box from an OGC API {@code bbox} parameter in the CRS of {@code bbox-crs} (CRS84 by
 * default): four numbers or six with heights (ignored: areas have none), in the CRS's
 * axis order — minLon,minLat,maxLon,maxLat for CRS84, minLat,minLon,maxLat,maxLon for
 * EPSG:4258 and minX,minY,maxX,maxY in metres for RD New. The fields hold x (east) and y
 * (north) whatever the axis order. In CRS84, as the standard allows, a west edge east of
 * the east edge means the box crosses the antimeridian; a south edge north of the north
 * edge is an error.
 */
record BoundingBox(double west, double south, double east, double north, OgcCrs crs) {

	boolean crossesAntimeridian() {
		return this.crs == OgcCrs.CRS84 && this.west > this.east;
	}

	/** A CRS84 box (longitude, latitude order). */
	static BoundingBox parse(String parameter) {
		return parse(parameter, OgcCrs.CRS84);
	}

	/** The box the parameter describes in the CRS, or a 400 naming {@code bbox}. */
	static BoundingBox parse(String parameter, OgcCrs crs) {
		String[] parts = parameter.split(",", -1);
		if (parts.length != 4 && parts.length != 6) {
			throw invalid(parameter,
					"needs 4 numbers (minLon,minLat,maxLon,maxLat) or 6 with heights, got " + parts.length);
		}
		List<Double> numbers = new ArrayList<>();
		for (String part : parts) {
			try {
				double number = Double.parseDouble(part.strip());
				if (!Double.isFinite(number)) {
					throw new NumberFormatException();
				}
				numbers.add(number);
			}
			catch (NumberFormatException ex) {
				throw invalid(parameter, "'" + part + "' is not a number");
			}
		}
		boolean withHeights = numbers.size() == 6;
		double firstMin = numbers.get(0);
		double secondMin = numbers.get(1);
		double firstMax = numbers.get(withHeights ? 3 : 2);
		double secondMax = numbers.get(withHeights ? 4 : 3);
		if (withHeights && numbers.get(2) > numbers.get(5)) {
			throw invalid(parameter, "the minimum height is above the maximum height");
		}
		if (crs == OgcCrs.RD_NEW) {
			if (firstMin > firstMax || secondMin > secondMax) {
				throw invalid(parameter,
						"a minimum is greater than its maximum (RD New: minX,minY,maxX,maxY in metres)");
			}
			return new BoundingBox(firstMin, secondMin, firstMax, secondMax, crs);
		}
		boolean latitudeFirst = crs.latitudeFirst();
		double west = latitudeFirst ? secondMin : firstMin;
		double south = latitudeFirst ? firstMin : secondMin;
		double east = latitudeFirst ? secondMax : firstMax;
		double north = latitudeFirst ? firstMax : secondMax;
		String order = latitudeFirst ? "(EPSG:4258 axis order lat,lon)" : "(WGS84, CRS84 axis order lon,lat)";
		if (!inRange(west, 180) || !inRange(east, 180)) {
			throw invalid(parameter, "longitudes must lie in [-180, 180] " + order);
		}
		if (!inRange(south, 90) || !inRange(north, 90)) {
			throw invalid(parameter, "latitudes must lie in [-90, 90] " + order);
		}
		if (south > north) {
			throw invalid(parameter, "minLat (" + south + ") is greater than maxLat (" + north + ")");
		}
		if (latitudeFirst && west > east) {
			throw invalid(parameter, "minLon (" + west + ") is greater than maxLon (" + east + ")");
		}
		return new BoundingBox(west, south, east, north, crs);
	}

	private static boolean inRange(double value, double limit) {
		return value >= -limit && value <= limit;
	}

	private static RequestRefused invalid(String parameter, String detail) {
		return RequestRefused.badParameter("bbox", "'" + parameter + "' " + detail);
	}

}
