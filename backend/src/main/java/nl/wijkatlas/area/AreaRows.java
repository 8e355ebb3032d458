package nl.wijkatlas.area;

import nl.wijkatlas.geodata.AreaLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import nl.wijkatlas.geo.LonLat;

/**
 * Reads an {@link Area} from the columns of {@code area a} joined with its current
 * {@code area_boundary b}: the one mapping of area rows, for the area repository and for
 * other features whose statements return areas with their own figures (a choropleth).
 */
public final class AreaRows {

	public static final String COLUMNS = """
			a.code, a.name, a.level, a.parent_code, a.source_id,
			a.provisional, a.membership_note, a.membership_source_id,
			b.boundary_year, b.area_m2,
			ST_X(b.centroid_wgs84) as centroid_lon, ST_Y(b.centroid_wgs84) as centroid_lat,
			ST_X(b.label_point_wgs84) as label_lon, ST_Y(b.label_point_wgs84) as label_lat,
			b.west, b.south, b.east, b.north
			""";

	private AreaRows() {
	}

	public static Area map(ResultSet rs) throws SQLException {
		String code = rs.getString("code");
		var membership = new Area.Membership(code, rs.getBoolean("provisional"), rs.getString("membership_note"),
				rs.getString("membership_source_id"));
		return new Area(code, rs.getString("name"), AreaLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"), rs.getString("source_id"), membership, rs.getInt("boundary_year"),
				rs.getDouble("area_m2") / 1_000_000d,
				new LonLat(rs.getDouble("centroid_lon"), rs.getDouble("centroid_lat")),
				new LonLat(rs.getDouble("label_lon"), rs.getDouble("label_lat")),
				List.of(rs.getDouble("west"), rs.getDouble("south"), rs.getDouble("east"), rs.getDouble("north")));
	}

}
