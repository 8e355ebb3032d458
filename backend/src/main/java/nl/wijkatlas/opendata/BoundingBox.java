package nl.wijkatlas.opendata;

import nl.wijkatlas.problem.RequestRefused;

import java.util.ArrayList;
import java.util.List;

/**
 * A WGS84 longitude/latitude box from an OGC API {@code bbox} parameter: four numbers
 * (minLon,minLat,maxLon,maxLat) or six with heights (ignored: areas have none). As the
 * standard allows, a west edge east of the east edge means the box crosses the
 * antimeridian; a south edge north of the north edge is an error.
 */
record BoundingBox(double west, double south, double east, double north) {

	boolean crossesAntimeridian() {
		return this.west > this.east;
	}

	/** The box the parameter describes, or a 400 naming {@code bbox}. */
	static BoundingBox parse(String parameter) {
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
		double west = numbers.get(0);
		double south = numbers.get(1);
		double east = numbers.get(withHeights ? 3 : 2);
		double north = numbers.get(withHeights ? 4 : 3);
		if (withHeights && numbers.get(2) > numbers.get(5)) {
			throw invalid(parameter, "the minimum height is above the maximum height");
		}
		if (!inRange(west, 180) || !inRange(east, 180)) {
			throw invalid(parameter, "longitudes must lie in [-180, 180] (WGS84, CRS84 axis order lon,lat)");
		}
		if (!inRange(south, 90) || !inRange(north, 90)) {
			throw invalid(parameter, "latitudes must lie in [-90, 90] (WGS84, CRS84 axis order lon,lat)");
		}
		if (south > north) {
			throw invalid(parameter, "minLat (" + south + ") is greater than maxLat (" + north + ")");
		}
		return new BoundingBox(west, south, east, north);
	}

	private static boolean inRange(double value, double limit) {
		return value >= -limit && value <= limit;
	}

	private static RequestRefused invalid(String parameter, String detail) {
		return RequestRefused.badParameter("bbox", "'" + parameter + "' " + detail);
	}

}
