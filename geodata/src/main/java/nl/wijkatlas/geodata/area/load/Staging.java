package nl.wijkatlas.geodata.area.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.ImportLimits;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.Srid;
import nl.wijkatlas.geodata.area.AreaFeature;
import nl.wijkatlas.geodata.load.Sources;
import nl.wijkatlas.geodata.load.Sql;
import org.locationtech.jts.io.WKBWriter;

/**
 * Temporary tables of one import transaction, and the SQL that derives the hierarchy in
 * them: buurten as read, wijken as unions of buurten, stadsdelen and the gemeente as
 * unions of wijken. They are dropped at commit, and vanish with a rollback.
 */
final class Staging {

	private static final String RD = String.valueOf(Srid.RD_NEW);

	private final Connection connection;

	Staging(Connection connection) {
		this.connection = connection;
	}

	void create() throws SQLException {
		String geometry = "geometry(MultiPolygon, " + RD + ")";
		Sql.update(this.connection,
				"create temp table import_buurt (code text primary key, name text not null, "
						+ "wijk_code text not null, file text not null, feature_ref text not null, geom " + geometry
						+ " not null) on commit drop");
		Sql.update(this.connection, "create temp table import_wijk (code text primary key, name text, "
				+ "stadsdeel_code text, provisional boolean not null default false, membership_source_id text, "
				+ "membership_note text, assigned_round integer, geom " + geometry + " not null) on commit drop");
		Sql.update(this.connection,
				"create temp table import_stadsdeel (code text primary key, name text not null, geom " + geometry
						+ ") on commit drop");
		Sql.update(this.connection, "create temp table import_area (code text primary key, name text not null, "
				+ "level text not null, parent_code text, source_id text not null, provisional boolean not null, "
				+ "membership_source_id text, membership_note text, geom " + geometry + " not null) on commit drop");
	}

	/**
	 * Stages the buurten in RD New, reprojecting longitude/latitude input with PostGIS.
	 */
	void stageBuurten(List<AreaFeature> buurten) throws SQLException {
		WKBWriter wkb = new WKBWriter();
		Sql.batch(this.connection,
				"insert into import_buurt (code, name, wijk_code, file, feature_ref, geom) "
						+ "values (?, ?, ?, ?, ?, ST_Multi(ST_Transform(ST_GeomFromWKB(?, ?), " + RD + ")))",
				buurten,
				(buurt) -> new Object[] { buurt.code(), buurt.name().trim(), AreaLevel.wijkOfBuurt(buurt.code()),
						buurt.file(), buurt.featureRef(), wkb.write(buurt.geometry()), buurt.srid() });
		Problems problems = new Problems();
		for (String[] invalid : Sql.query(this.connection,
				"select file, feature_ref || ' ' || code, "
						+ "ST_IsValidReason(geom) from import_buurt where not ST_IsValid(geom) order by code",
				(row) -> new String[] { row.getString(1), row.getString(2), row.getString(3) })) {
			problems.add(invalid[0], invalid[1], "the geometry is invalid after reprojection to RD New: " + invalid[2]);
		}
		problems.throwIfAny();
	}

	/**
	 * Refuses buurten that share ground. Wijken, stadsdelen and the gemeente are unions
	 * of buurten, so buurten that do not overlap give levels above them that do not
	 * either. Measured in RD New, so the tolerance is in square metres whatever the
	 * file's CRS; the bounding-box test ({@code &&}) keeps this cheap for the pairs that
	 * are far apart.
	 * @param tolerance the largest shared area accepted, in m²
	 */
	void refuseOverlaps(double tolerance) throws SQLException {
		Problems problems = new Problems();
		for (String[] overlap : Sql.query(this.connection,
				"select a.file, a.feature_ref || ' ' || a.code, b.feature_ref || ' ' || b.code, "
						+ "round(ST_Area(ST_Intersection(a.geom, b.geom))::numeric, 1)::text from import_buurt a "
						+ "join import_buurt b on a.code < b.code and a.geom && b.geom "
						+ "and ST_Relate(a.geom, b.geom, '2********') "
						+ "where ST_Area(ST_Intersection(a.geom, b.geom)) > ? order by a.code, b.code",
				(row) -> new String[] { row.getString(1), row.getString(2), row.getString(3), row.getString(4) },
				tolerance)) {
			problems.add(overlap[0], overlap[1], "overlaps " + overlap[2] + " by " + overlap[3] + " m²; areas of one "
					+ "level may share at most " + tolerance + " m² (" + ImportLimits.OVERLAP_TOLERANCE_VARIABLE + ")");
		}
		problems.throwIfAny();
	}

	/** Derives each wijk as the union of its buurten; names come from the wijk layer. */
	void deriveWijken(Map<String, String> wijkNames) throws SQLException {
		Sql.update(this.connection, "insert into import_wijk (code, geom) "
				+ "select wijk_code, ST_Multi(ST_Union(geom order by code)) from import_buurt group by wijk_code");
		Sql.batch(this.connection, "update import_wijk set name = ? where code = ?", wijkNames.entrySet(),
				(wijk) -> new Object[] { wijk.getValue().trim(), wijk.getKey() });
		ensureValid("import_wijk", "wijk");
	}

	/**
	 * Fills {@code import_area} with every level. Wijken hang under their stadsdeel, or
	 * under the gemeente when it has none.
	 */
	void collectAreas(String gemeenteCode, String gemeenteName, String boundarySourceId) throws SQLException {
		Sql.update(this.connection,
				"update import_stadsdeel s set geom = u.geom from (select stadsdeel_code, "
						+ "ST_Multi(ST_Union(geom order by code)) as geom from import_wijk group by stadsdeel_code) u "
						+ "where u.stadsdeel_code = s.code");
		Sql.update(this.connection,
				"insert into import_area (code, name, level, parent_code, source_id, provisional, geom) "
						+ "select ?, ?, 'GEMEENTE', null, ?, false, ST_Multi(ST_Union(geom order by code)) from import_wijk",
				gemeenteCode, gemeenteName, Sources.UNION_OF_WIJKEN.id());
		Sql.update(this.connection,
				"insert into import_area (code, name, level, parent_code, source_id, provisional, geom) "
						+ "select code, name, 'STADSDEEL', ?, ?, false, geom from import_stadsdeel",
				gemeenteCode, Sources.UNION_OF_WIJKEN.id());
		Sql.update(this.connection, "insert into import_area (code, name, level, parent_code, source_id, "
				+ "provisional, membership_source_id, membership_note, geom) select code, name, 'WIJK', "
				+ "coalesce(stadsdeel_code, ?), ?, provisional, coalesce(membership_source_id, ?), membership_note, "
				+ "geom from import_wijk", gemeenteCode, Sources.UNION_OF_BUURTEN.id(), boundarySourceId);
		Sql.update(this.connection, "insert into import_area (code, name, level, parent_code, source_id, "
				+ "provisional, membership_source_id, geom) select code, name, 'BUURT', wijk_code, ?, false, ?, geom "
				+ "from import_buurt", boundarySourceId, boundarySourceId);
		ensureValid("import_area", "derived area");
	}

	/**
	 * A union of valid polygons should be valid; if one is not, ST_MakeValid repairs it
	 * as long as the result is still polygonal, and anything else stops the import.
	 */
	private void ensureValid(String table, String what) throws SQLException {
		List<String> failures = Sql.query(this.connection,
				"select code || ': ' || ST_IsValidReason(geom) || '; ST_MakeValid gives a ' "
						+ "|| GeometryType(ST_MakeValid(geom)) from " + table + " where not ST_IsValid(geom) "
						+ "and GeometryType(ST_MakeValid(geom)) not in ('POLYGON', 'MULTIPOLYGON') order by code",
				(row) -> row.getString(1));
		if (!failures.isEmpty()) {
			throw new ImportException("The derived geometry of " + what + " " + String.join(", ", failures)
					+ ", not a (Multi)Polygon; nothing was written");
		}
		Sql.update(this.connection,
				"update " + table + " set geom = ST_Multi(ST_MakeValid(geom)) where not ST_IsValid(geom)");
	}

}
