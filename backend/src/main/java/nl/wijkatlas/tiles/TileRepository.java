package nl.wijkatlas.tiles;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import nl.wijkatlas.geodata.AreaLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Vector tiles straight from PostGIS (each feature's MVT id is the first 48 bits of the
 * MD5 of its code: numeric, stable across imports, below 2^53 for JavaScript):
 * {@code ST_AsMVT} over the pre-projected, pre-simplified Web Mercator geometry of the
 * tile's zoom band, clipped to {@code ST_TileEnvelope} with a 64-unit buffer. One
 * statement per tile; nothing is transformed or simplified per request.
 */
@Repository
class TileRepository {

	/** Tile extent and clipping buffer, in tile units. */
	static final int EXTENT = 4096;

	static final int BUFFER = 64;

	private static final String AREAS = """
			with t as (select ST_TileEnvelope(:z, :x, :y) as env,
			                  ST_TileEnvelope(:z, :x, :y, margin => %2$s) as search),
			features as (
			  select ST_AsMVTGeom(b.%1$s, t.env, %3$d, %4$d, true) as geom,
			         ('x' || substr(md5(a.code), 1, 12))::bit(48)::bigint as fid,
			         a.code, a.name, a.level, a.parent_code, a.provisional
			  from t, area_boundary b join area a on a.code = b.area_code
			  where b.is_current and a.level = :level and b.geom_3857 && t.search %5$s)
			select ST_AsMVT(features.*, :layer, %3$d, 'geom', 'fid') from features where geom is not null
			""";

	// Only added when a gemeente is asked for, so the plan of the unfiltered tile stays
	// the same.
	private static final String GEMEENTE_FILTER = "and a.gemeente_code = :gemeente";

	private static final String AREAS_WITH_INDICATOR = """
			with t as (select ST_TileEnvelope(:z, :x, :y) as env,
			                  ST_TileEnvelope(:z, :x, :y, margin => %2$s) as search),
			p as (select coalesce(cast(:period as text),
			                      (select max(period) from indicator_value where indicator_code = :indicator)) as period),
			features as (
			  select ST_AsMVTGeom(b.%1$s, t.env, %3$d, %4$d, true) as geom,
			         ('x' || substr(md5(a.code), 1, 12))::bit(48)::bigint as fid,
			         a.code, a.name, a.level, a.parent_code, a.provisional, p.period,
			         v.value::float8 as value, v.category, coalesce(v.status, 'MISSING') as status
			  from area_boundary b join area a on a.code = b.area_code
			  cross join t cross join p
			  left join indicator_value v
			    on v.area_code = a.code and v.indicator_code = :indicator and v.period = p.period
			  where b.is_current and a.level = :level and b.geom_3857 && t.search %5$s)
			select ST_AsMVT(features.*, :layer, %3$d, 'geom', 'fid') from features where geom is not null
			""";

	private final JdbcClient jdbc;

	TileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The tile's MVT bytes; empty when no area of the layer touches it. Missing and
	 * suppressed figures carry their status and no value (never 0).
	 */
	byte[] tile(TileLayer layer, TileAddress address, String indicator, String period, String gemeente) {
		String template = (indicator != null) ? AREAS_WITH_INDICATOR : AREAS;
		String sql = template.formatted(address.geometryColumn(), (double) BUFFER / EXTENT, EXTENT, BUFFER,
				(gemeente != null) ? GEMEENTE_FILTER : "");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("z", address.z())
			.param("x", address.x())
			.param("y", address.y())
			.param("level", layer.level().name())
			.param("layer", layer.id());
		if (indicator != null) {
			statement = statement.param("indicator", indicator).param("period", period);
		}
		if (gemeente != null) {
			statement = statement.param("gemeente", gemeente);
		}
		byte[] bytes = statement.query((rs, row) -> rs.getBytes(1)).single();
		return (bytes != null) ? bytes : new byte[0];
	}

	/**
	 * What a tile request is checked against before any tile query: the Web Mercator
	 * extent of each level, in all and per gemeente, and the indicator codes.
	 */
	Catalogue catalogue(long version) {
		Map<AreaLevel, double[]> extents = new EnumMap<>(AreaLevel.class);
		Map<String, Map<AreaLevel, double[]>> perGemeente = new HashMap<>();
		this.jdbc.sql("""
				select gemeente_code, level, ST_XMin(box), ST_YMin(box), ST_XMax(box), ST_YMax(box)
				from (select a.gemeente_code, a.level, ST_Extent(b.geom_3857) as box
				      from area_boundary b join area a on a.code = b.area_code
				      where b.is_current group by a.gemeente_code, a.level) e
				""").query((rs, row) -> {
			AreaLevel level = AreaLevel.valueOf(rs.getString(2));
			double[] box = { rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6) };
			perGemeente.computeIfAbsent(rs.getString(1), (code) -> new EnumMap<>(AreaLevel.class)).put(level, box);
			extents.merge(level, box, TileRepository::union);
			return level;
		}).list();
		Set<String> indicators = new HashSet<>(this.jdbc.sql("select code from indicator").query(String.class).list());
		return new Catalogue(version, extents, perGemeente, indicators);
	}

	private static double[] union(double[] a, double[] b) {
		return new double[] { Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3]) };
	}

	record Catalogue(long version, Map<AreaLevel, double[]> extents,
			Map<String, Map<AreaLevel, double[]>> gemeenteExtents, Set<String> indicators) {

		boolean hasGemeente(String gemeente) {
			return this.gemeenteExtents.containsKey(gemeente);
		}

		/**
		 * Whether any area of the level (of the gemeente, when given) may touch the tile
		 * (bounding boxes, buffer included).
		 */
		boolean mayTouch(AreaLevel level, String gemeente, TileAddress address) {
			double[] extent = (gemeente != null) ? this.gemeenteExtents.getOrDefault(gemeente, Map.of()).get(level)
					: this.extents.get(level);
			if (extent == null) {
				return false;
			}
			double[] tile = address.bounds();
			double margin = (tile[2] - tile[0]) * BUFFER / EXTENT;
			return extent[0] <= tile[2] + margin && extent[2] >= tile[0] - margin && extent[1] <= tile[3] + margin
					&& extent[3] >= tile[1] - margin;
		}

	}

}
