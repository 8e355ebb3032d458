package nl.wijkatlas.tiles;

import java.util.regex.Pattern;

import nl.wijkatlas.caching.HttpCaching;
import nl.wijkatlas.problem.RequestRefused;

/**
 * A checked tile request: the layer, the address and the optional figure. Checking needs
 * no database, nor does the ETag; the controller and the revalidation fast path share
 * both.
 */
record TileRequest(TileLayer layer, TileAddress address, String indicator, String period) {

	private static final Pattern INDICATOR = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");

	private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-[0-9]{4})?");

	/**
	 * @throws RequestRefused 404 for an unknown layer, 400 naming a bad parameter
	 */
	static TileRequest parse(String layer, String z, String x, String y, String indicator, String period) {
		TileLayer tileLayer = TileLayer.byId(layer)
			.orElseThrow(() -> RequestRefused.notFound("No tile layer '" + layer
					+ "'; the layers are gemeenten, stadsdelen, wijken, buurten and gebieden"));
		TileAddress address = TileAddress.parse(z, x, y);
		if (indicator != null && !INDICATOR.matcher(indicator).matches()) {
			throw RequestRefused.badParameter("indicator", "'" + indicator + "' is not an indicator code");
		}
		if (period != null && (indicator == null || !PERIOD.matcher(period).matches())) {
			throw RequestRefused.badParameter("period", (indicator == null) ? "needs an indicator"
					: "'" + period + "' is not a period; use a year (2025) or a range of years (2023-2024)");
		}
		return new TileRequest(tileLayer, address, indicator, period);
	}

	String etag(HttpCaching caching, long version) {
		return caching.etag(version, this.layer.id(), this.address.z(), this.address.x(), this.address.y(),
				this.indicator, this.period);
	}

}
