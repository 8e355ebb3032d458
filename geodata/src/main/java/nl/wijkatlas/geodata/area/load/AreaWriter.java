package nl.wijkatlas.geodata.area.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.load.ImportTransaction;
import nl.wijkatlas.geodata.load.Sql;

/**
 * Writes the staged areas into {@code source}, {@code area} and {@code area_boundary}.
 * Every statement is an upsert guarded by {@code IS DISTINCT FROM}, so an unchanged row
 * is never rewritten, and each returns how many rows it changed.
 */
final class AreaWriter {

	private static final String AREA_COLUMNS = "name, level, parent_code, gemeente_code, source_id, provisional, "
			+ "membership_source_id, membership_note";

	private final Connection connection;

	AreaWriter(Connection connection) {
		this.connection = connection;
	}

	int writeSources(Collection<SourceRecord> sources) throws SQLException {
		return ImportTransaction.writeSources(this.connection, sources);
	}

	int writeAreas(String gemeenteCode) throws SQLException {
		String excluded = "excluded." + AREA_COLUMNS.replace(", ", ", excluded.");
		String current = "area." + AREA_COLUMNS.replace(", ", ", area.");
		String set = String.join(", ",
				List.of(AREA_COLUMNS.split(", ")).stream().map((column) -> column + " = excluded." + column).toList());
		return Sql.update(this.connection,
				"insert into area (code, " + AREA_COLUMNS + ") select code, name, level, parent_code, ?, source_id, "
						+ "provisional, membership_source_id, membership_note from import_area "
						+ "on conflict (code) do update set " + set + " where (" + current + ") is distinct from ("
						+ excluded + ")",
				gemeenteCode);
	}

	/**
	 * Removes the areas of this gemeente that the files no longer have; their boundaries
	 * go with them.
	 * @throws ImportException when other rows still reference one of them
	 */
	int removeStale(String gemeenteCode) throws SQLException {
		String stale = "from area where gemeente_code = ? and level in ('GEMEENTE', 'STADSDEEL', 'WIJK', 'BUURT') "
				+ "and code not in (select code from import_area)";
		return ImportTransaction.deleteStale(this.connection, stale, gemeenteCode,
				(codes, error) -> "Cannot remove " + codes + " of " + gemeenteCode + ", which the files no longer "
						+ "have: other rows still reference them (" + error + "). Nothing was written");
	}

	/**
	 * Keeps the areas of this gemeente that the files no longer have, with their
	 * boundaries, but makes none of those current: they become history, which the API
	 * does not list, while figures of earlier years keep their area.
	 */
	int retireStale(String gemeenteCode) throws SQLException {
		return Sql.update(this.connection,
				"update area_boundary b set is_current = false from area a "
						+ "where a.code = b.area_code and b.is_current and a.gemeente_code = ? "
						+ "and a.level in ('GEMEENTE', 'STADSDEEL', 'WIJK', 'BUURT') "
						+ "and a.code not in (select code from import_area)",
				gemeenteCode);
	}

	/**
	 * Adds the staged areas the database does not have yet, leaving the names and parents
	 * of those it has as they are (an earlier division does not rename the current one).
	 */
	int addMissingAreas(String gemeenteCode) throws SQLException {
		return Sql.update(this.connection,
				"insert into area (code, " + AREA_COLUMNS + ") select code, name, level, parent_code, ?, source_id, "
						+ "provisional, membership_source_id, membership_note from import_area "
						+ "on conflict (code) do nothing",
				gemeenteCode);
	}

	/**
	 * Writes the boundaries of an earlier year than the current one: added or updated for
	 * their year, none made current and no current one touched.
	 */
	int writeEarlierBoundaries(int year) throws SQLException {
		return Sql.update(this.connection, """
				insert into area_boundary (area_code, boundary_year, is_current, geom_rd)
				select code, ?, false, geom from import_area
				on conflict (area_code, boundary_year) do update set geom_rd = excluded.geom_rd
				where ST_AsEWKB(area_boundary.geom_rd) is distinct from ST_AsEWKB(excluded.geom_rd)
				""", year);
	}

	/**
	 * Writes the boundaries of the import year and makes them current; boundaries of
	 * other years of the same areas stop being current.
	 */
	int writeBoundaries(int year) throws SQLException {
		// First, because at most one boundary per area may be current at any moment.
		int changed = Sql.update(this.connection, "update area_boundary b set is_current = false from import_area i "
				+ "where b.area_code = i.code and b.boundary_year <> ? and b.is_current", year);
		changed += Sql.update(this.connection, """
				insert into area_boundary (area_code, boundary_year, is_current, geom_rd)
				select code, ?, true, geom from import_area
				on conflict (area_code, boundary_year) do update set geom_rd = excluded.geom_rd, is_current = true
				where not area_boundary.is_current
				    or ST_AsEWKB(area_boundary.geom_rd) is distinct from ST_AsEWKB(excluded.geom_rd)
				""", year);
		return changed;
	}

}
