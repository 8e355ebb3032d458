package nl.wijkatlas.area;

import nl.wijkatlas.geodata.AreaLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.graphql.Selections;
import nl.wijkatlas.geo.LonLat;

/**
 * Reads an {@link Area} from the columns of {@code area a} joined with its current
 * {@code area_boundary b}: the one mapping of area rows, for the area repository and for
 * other features whose statements return areas with their own figures (a choropleth).
 */
public final class AreaRows {

	/** The columns of {@code area a} alone: an area without its boundary's properties. */
	public static final String AREA_COLUMNS = """
			a.code, a.name, a.level, a.parent_code, a.source_id,
			a.provisional, a.membership_note, a.membership_source_id""";

	public static final String COLUMNS = AREA_COLUMNS + """
			,
			b.boundary_year, b.area_m2,
			ST_X(b.centroid_wgs84) as centroid_lon, ST_Y(b.centroid_wgs84) as centroid_lat,
			ST_X(b.label_point_wgs84) as label_lon, ST_Y(b.label_point_wgs84) as label_lat,
			b.west, b.south, b.east, b.north
			""";

	private AreaRows() {
	}

	/**
	 * The fields of {@code Area} that {@link #COLUMNS} reads from the boundary: a
	 * statement whose selection asks none of them can read {@link #AREA_COLUMNS} without
	 * the join.
	 */
	private static final String[] BOUNDARY_FIELDS = { "centroid", "labelPoint", "bbox", "areaKm2", "boundaryYear" };

	/**
	 * Whether the field's selection asks any field of the areas at {@code path} (e.g.
	 * {@code "area/"}) that needs the boundary.
	 */
	public static boolean boundaryAsked(DataFetchingEnvironment env, String path) {
		for (String field : BOUNDARY_FIELDS) {
			if (Selections.asks(env, path + field)) {
				return true;
			}
		}
		return false;
	}

	public static Area map(ResultSet rs) throws SQLException {
		return map(rs, true);
	}

	/**
	 * @param boundary whether the row has the columns of {@link #COLUMNS}, or only those
	 * of {@link #AREA_COLUMNS}: then the boundary's properties are left empty (no year,
	 * no size, no points), for a selection that does not ask them
	 * ({@link #boundaryAsked})
	 */
	public static Area map(ResultSet rs, boolean boundary) throws SQLException {
		String code = rs.getString("code");
		var membership = new Area.Membership(code, rs.getBoolean("provisional"), rs.getString("membership_note"),
				rs.getString("membership_source_id"));
		if (!boundary) {
			return new Area(code, rs.getString("name"), AreaLevel.valueOf(rs.getString("level")),
					rs.getString("parent_code"), rs.getString("source_id"), membership, 0, Double.NaN, null, null,
					null);
		}
		return new Area(code, rs.getString("name"), AreaLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"), rs.getString("source_id"), membership, rs.getInt("boundary_year"),
				rs.getDouble("area_m2") / 1_000_000d,
				new LonLat(rs.getDouble("centroid_lon"), rs.getDouble("centroid_lat")),
				new LonLat(rs.getDouble("label_lon"), rs.getDouble("label_lat")),
				List.of(rs.getDouble("west"), rs.getDouble("south"), rs.getDouble("east"), rs.getDouble("north")));
	}

}
