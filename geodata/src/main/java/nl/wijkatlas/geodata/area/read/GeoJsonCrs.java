package nl.wijkatlas.geodata.area.read;

import java.util.OptionalInt;

import nl.wijkatlas.geodata.Srid;
import tools.jackson.databind.JsonNode;

/**
 * The CRS of a GeoJSON FeatureCollection: the legacy (2008) {@code crs} member naming RD
 * New, or no member at all, which RFC 7946 defines as WGS 84 longitude/latitude.
 *
 * @param srid the EPSG code, or null when the declaration is not acceptable
 * @param declared whether the file has a {@code crs} member
 * @param error why the declaration is not acceptable, or null
 */
record GeoJsonCrs(Integer srid, boolean declared, String error) {

	static GeoJsonCrs of(JsonNode crs) {
		if (crs == null || crs.isNull() || crs.isMissingNode()) {
			return new GeoJsonCrs(Srid.WGS84, false, null);
		}
		JsonNode name = crs.path("properties").path("name");
		if (!name.isString()) {
			return new GeoJsonCrs(null, true, "the crs member has no properties.name; expected "
					+ "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}}");
		}
		String declaredName = name.stringValue();
		OptionalInt srid = Srid.fromCrsName(declaredName);
		if (srid.isPresent() && srid.getAsInt() == Srid.RD_NEW) {
			return new GeoJsonCrs(Srid.RD_NEW, true, null);
		}
		if (Srid.isCrs84(declaredName)) {
			return new GeoJsonCrs(Srid.WGS84, true, null);
		}
		return new GeoJsonCrs(null, true, "wrong CRS: the file declares '" + declaredName
				+ "'; only RD New (urn:ogc:def:crs:EPSG::28992) is accepted, or no crs member for RFC 7946 WGS 84 longitude/latitude");
	}

}
