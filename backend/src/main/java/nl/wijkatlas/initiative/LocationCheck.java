package nl.wijkatlas.initiative;

import java.util.List;
import java.util.Map;

import nl.wijkatlas.graphql.InputErrors;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a GeoJSON location from a client: a valid Point, in WGS84 (no other CRS), and
 * inside a gemeente we hold; and finds the buurt it lies in.
 */
@Component
class LocationCheck {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	LocationCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the point as GeoJSON text, or null when the input is wrong (the errors say
	 * why)
	 */
	String validate(Map<String, Object> location, InputErrors errors) {
		String field = "input.location";
		if (!"Point".equals(location.get("type"))) {
			errors.add(field, "must be a GeoJSON Point, was " + location.get("type"));
			return null;
		}
		if (location.containsKey("crs") && !isWgs84(location.get("crs"))) {
			errors.add(field, "must be in WGS84 (EPSG:4326 / CRS84, longitude then latitude); "
					+ "leave out the crs member or name EPSG:4326");
			return null;
		}
		if (!(location.get("coordinates") instanceof List<?> xy) || xy.size() != 2 || !(xy.get(0) instanceof Number lon)
				|| !(xy.get(1) instanceof Number lat) || !Double.isFinite(lon.doubleValue())
				|| !Double.isFinite(lat.doubleValue())) {
			errors.add(field, "coordinates must be [longitude, latitude] as two finite numbers");
			return null;
		}
		if (Math.abs(lon.doubleValue()) > 180 || Math.abs(lat.doubleValue()) > 90) {
			errors.add(field, "(" + lon + ", " + lat + ") is not a WGS84 position");
			return null;
		}
		String geojson = JSON.writeValueAsString(Map.of("type", "Point", "coordinates", xy));
		boolean inside = this.jdbc.sql("""
				select exists (select 1 from area a join area_boundary b on b.area_code = a.code and b.is_current
				  where a.level = 'GEMEENTE' and ST_Covers(b.geom_wgs84, ST_SetSRID(ST_GeomFromGeoJSON(:p), 4326)))
				""").param("p", geojson).query(Boolean.class).single();
		if (!inside) {
			errors.add(field, "(" + lon + ", " + lat + ") lies outside the gemeente");
			return null;
		}
		return geojson;
	}

	List<String> buurtOf(String geojson) {
		return this.jdbc.sql("""
				select a.code from area a join area_boundary b on b.area_code = a.code and b.is_current
				where a.level = 'BUURT' and ST_Covers(b.geom_wgs84, ST_SetSRID(ST_GeomFromGeoJSON(:p), 4326))
				order by a.code limit 1
				""").param("p", geojson).query(String.class).list();
	}

	private static boolean isWgs84(Object crs) {
		String text = String.valueOf(crs).toUpperCase(java.util.Locale.ROOT);
		return text.contains("CRS84") || text.contains("4326");
	}

}
