package nl.wijkatlas.tiles;

import nl.wijkatlas.problem.RequestRefused;

/**
 * One tile of the Web Mercator pyramid (XYZ scheme, y from the north), checked: z in
 * 0–22, x and y in 0 to 2^z − 1.
 */
record TileAddress(int z, int x, int y) {

	static final int MAX_ZOOM = 22;

	/** Half the width of the Web Mercator square, in metres. */
	static final double ORIGIN = 20037508.342789244;

	static TileAddress parse(String z, String x, String y) {
		int zoom = number("z", z, MAX_ZOOM);
		int max = (1 << zoom) - 1;
		return new TileAddress(zoom, number("x", x, max), number("y", y, max));
	}

	private static int number(String name, String text, int max) {
		if (text == null || text.isEmpty() || text.length() > 8 || !text.chars().allMatch(Character::isDigit)) {
			throw RequestRefused.badParameter(name, "'" + text + "' is not a whole number from 0 to " + max);
		}
		int value = Integer.parseInt(text);
		if (value > max) {
			throw RequestRefused.badParameter(name, value + " is out of range: 0 to " + max + " at this zoom");
		}
		return value;
	}

	/**
	 * The pre-simplified geometry column for this zoom (a fixed name, never from the
	 * request).
	 */
	String geometryColumn() {
		if (this.z <= 9) {
			return "geom_3857_z0_9";
		}
		return (this.z <= 12) ? "geom_3857_z10_12" : "geom_3857";
	}

	/** The tile's bounds in Web Mercator metres: minX, minY, maxX, maxY. */
	double[] bounds() {
		double size = 2 * ORIGIN / (1 << this.z);
		double minX = -ORIGIN + this.x * size;
		double maxY = ORIGIN - this.y * size;
		return new double[] { minX, maxY - size, minX + size, maxY };
	}

	@Override
	public String toString() {
		return this.z + "/" + this.x + "/" + this.y;
	}

}
