package nl.wijkatlas.tiles;

import nl.wijkatlas.area.GemeenteCode;
import nl.wijkatlas.caching.HttpCaching;
import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.Patterns;
import nl.wijkatlas.problem.RequestRefused;

/**
 * A checked tile request: the layer, the address and the optional figure. Checking needs
 * no database, nor does the ETag; the controller and the revalidation fast path share
 * both.
 */
record TileRequest(TileLayer layer, TileAddress address, String indicator, String period, String gemeente) {

	/**
	 * @param gemeente only this gemeente's areas (null: every gemeente)
	 * @throws RequestRefused 404 for an unknown layer, 400 naming a bad parameter
	 */
	static TileRequest parse(String layer, String z, String x, String y, String indicator, String period,
			String gemeente) {
		TileLayer tileLayer = TileLayer.byId(layer)
			.orElseThrow(() -> RequestRefused
				.notFound("No tile layer '" + layer + "'; the layers are " + AreaLevel.pluralsInWords()));
		TileAddress address = TileAddress.parse(z, x, y);
		if (indicator != null && !Patterns.INDICATOR_CODE.matcher(indicator).matches()) {
			throw RequestRefused.badParameter("indicator", "'" + indicator + "' is not an indicator code");
		}
		if (period != null && (indicator == null || !Patterns.PERIOD.matcher(period).matches())) {
			throw RequestRefused.badParameter("period", (indicator == null) ? "needs an indicator"
					: "'" + period + "' is not a period; use a year (2025) or a range of years (2023-2024)");
		}
		return new TileRequest(tileLayer, address, indicator, period, GemeenteCode.parameter(gemeente));
	}

	/**
	 * The gemeente is part of the ETag only when given, so tiles of every gemeente keep
	 * theirs.
	 */
	String etag(HttpCaching caching, long version) {
		if (this.gemeente == null) {
			return caching.etag(version, this.layer.id(), this.address.z(), this.address.x(), this.address.y(),
					this.indicator, this.period);
		}
		return caching.etag(version, this.layer.id(), this.address.z(), this.address.x(), this.address.y(),
				this.indicator, this.period, this.gemeente);
	}

}
