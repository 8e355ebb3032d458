package nl.wijkatlas.area;

import nl.wijkatlas.geodata.AreaLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.Optional;

import nl.wijkatlas.geo.LonLat;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads areas with their current boundary. Every method that serves a parent/child field
 * takes a batch of codes, so a GraphQL query costs one statement per field, not one per
 * area.
 */
@Repository
class AreaRepository {

	private static final String COLUMNS = AreaRows.COLUMNS;

	private static final String FROM = " from area a join area_boundary b on b.area_code = a.code and b.is_current ";

	private static final RowMapper<Area> AREA = AreaRepository::mapArea;

	private final JdbcClient jdbc;

	AreaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Area> findByCode(String code) {
		return this.jdbc.sql("select " + COLUMNS + FROM + "where a.code = :code")
			.param("code", code)
			.query(AREA)
			.optional();
	}

	List<Area> findByCodes(Collection<String> codes) {
		return this.jdbc.sql("select " + COLUMNS + FROM + "where a.code = any(:codes)")
			.param("codes", codes.toArray(String[]::new))
			.query(AREA)
			.list();
	}

	List<Area> findChildren(Collection<String> parentCodes) {
		return this.jdbc.sql("select " + COLUMNS + FROM + "where a.parent_code = any(:codes) order by a.code")
			.param("codes", parentCodes.toArray(String[]::new))
			.query(AREA)
			.list();
	}

	/**
	 * The ancestors of each given area, from the gemeente down to the parent.
	 */
	Map<String, List<Area>> findAncestors(Collection<String> codes) {
		String sql = """
				with recursive up (start_code, code, parent_code, depth) as (
				    select a.code, p.code, p.parent_code, 1
				    from area a join area p on p.code = a.parent_code
				    where a.code = any(:codes)
				  union all
				    select up.start_code, p.code, p.parent_code, up.depth + 1
				    from up join area p on p.code = up.parent_code
				    where up.depth < 16
				)
				select up.start_code, %s %s
				join up on up.code = a.code
				order by up.start_code, up.depth desc
				""".formatted(COLUMNS, FROM);
		Map<String, List<Area>> result = new LinkedHashMap<>();
		this.jdbc.sql(sql).param("codes", codes.toArray(String[]::new)).query((rs) -> {
			result.computeIfAbsent(rs.getString("start_code"), (k) -> new java.util.ArrayList<>()).add(mapArea(rs, 0));
		});
		return result;
	}

	/**
	 * One page of areas ordered by code, starting after {@code afterCode}; {@code limit}
	 * rows at most.
	 */
	List<Area> findPage(AreaLevel level, String parentCode, String gemeenteCode, String afterCode, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + FROM + where(level, parentCode, gemeenteCode, afterCode)
					+ " order by a.code limit :limit")
			.param("level", (level != null) ? level.name() : null)
			.param("parent", parentCode)
			.param("gemeente", gemeenteCode)
			.param("after", afterCode)
			.param("limit", limit)
			.query(AREA)
			.list();
	}

	int count(AreaLevel level, String parentCode, String gemeenteCode) {
		return this.jdbc.sql("select count(*) from area a " + where(level, parentCode, gemeenteCode, null))
			.param("level", (level != null) ? level.name() : null)
			.param("parent", parentCode)
			.param("gemeente", gemeenteCode)
			.query(Integer.class)
			.single();
	}

	/**
	 * Only the conditions of the filters given: the pool runs generic plans
	 * (application.yaml), and a generic plan of {@code (:x is null or column = :x)} could
	 * use no index for any of them.
	 */
	private static String where(AreaLevel level, String parentCode, String gemeenteCode, String afterCode) {
		StringJoiner where = new StringJoiner(" and ", "where ", " ").setEmptyValue("");
		if (level != null) {
			where.add("a.level = :level");
		}
		if (parentCode != null) {
			where.add("a.parent_code = :parent");
		}
		if (gemeenteCode != null) {
			where.add("a.gemeente_code = :gemeente");
		}
		if (afterCode != null) {
			where.add("a.code > :after");
		}
		return where.toString();
	}

	boolean exists(String code) {
		return this.jdbc.sql("select exists (select 1 from area where code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The area of the level that contains the WGS84 point. A point on a shared border
	 * belongs to both neighbours; the lowest code wins, so the answer is stable.
	 */
	Optional<Area> findAt(LonLat point, AreaLevel level) {
		return this.jdbc
			.sql("select " + COLUMNS + FROM + "where a.level = :level"
					+ " and ST_Intersects(b.geom_wgs84, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))"
					+ " order by a.code limit 1")
			.param("level", level.name())
			.param("lon", point.lon())
			.param("lat", point.lat())
			.query(AREA)
			.optional();
	}

	/**
	 * GeoJSON (WGS84, 6 decimals: about 0.1 m) of the current boundaries, simplified in
	 * RD New by {@code toleranceMetres} when it is positive. Rings are wound as RFC 7946
	 * wants (exterior counter-clockwise, holes clockwise) whatever the source file had.
	 */
	Map<String, String> findGeoJson(Collection<String> codes, double toleranceMetres) {
		String geometry = (toleranceMetres > 0)
				? "ST_Transform(ST_Multi(ST_SimplifyPreserveTopology(b.geom_rd, :tolerance)), 4326)" : "b.geom_wgs84";
		Map<String, String> result = new LinkedHashMap<>();
		this.jdbc
			.sql("select b.area_code, ST_AsGeoJSON(ST_ForcePolygonCCW(" + geometry
					+ "), 6) as geojson from area_boundary b" + " where b.is_current and b.area_code = any(:codes)")
			.param("codes", codes.toArray(String[]::new))
			.param("tolerance", toleranceMetres)
			.query((rs) -> {
				result.put(rs.getString("area_code"), rs.getString("geojson"));
			});
		return result;
	}

	private static Area mapArea(ResultSet rs, int row) throws SQLException {
		return AreaRows.map(rs);
	}

}
