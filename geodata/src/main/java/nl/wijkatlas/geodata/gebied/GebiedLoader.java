package nl.wijkatlas.geodata.gebied;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.load.ImportTransaction;
import nl.wijkatlas.geodata.load.Sql;

/**
 * Loads checked gebieden inside an import transaction: stages them, derives each boundary
 * as the union of its buurten, and upserts {@code area}, {@code area_boundary},
 * {@code gebied} and {@code gebied_buurt} with statements that rewrite only rows that
 * differ. An approximate gebied's area row is marked {@code provisional}, with the note
 * and the cited source as its membership, so the area API shows it as such.
 */
final class GebiedLoader {

	/** Bump when the loader writes differently from the same file. */
	static final String FORMAT = "wijkatlas-gebied-import/1";

	/** Gebied boundaries: the union of their buurten. */
	static final SourceRecord UNION_OF_BUURTEN = new SourceRecord("derived-gebied-union-of-buurten", "DERIVED",
			"Gebiedsgrenzen samengesteld uit de CBS-buurten", "Wijkatlas, from CBS / Kadaster data",
			"https://www.pdok.nl/introductie/-/article/cbs-wijken-en-buurten", null, "CC BY 4.0",
			"Kadaster / Centraal Bureau voor de Statistiek",
			"Each free-form gebied is the union (PostGIS ST_Union) of the current boundaries of the CBS buurten it is "
					+ "built from; which buurten, and whether they only approximate the gebied, is stated per gebied.")
		.withTitleEn("Gebied boundaries derived from CBS buurten");

	private final Connection connection;

	GebiedLoader(Connection connection) {
		this.connection = connection;
	}

	GebiedImportResult load(InputFile input, List<Gebied> gebieden, boolean force) throws SQLException {
		String gemeente = gebieden.get(0).gemeenteCode();
		String dataset = "gebieden/" + gemeente;
		String checksum = ImportTransaction.sha256(FORMAT, input.content(), buurtFingerprint(gebieden));
		ImportTransaction.LoggedImport latest = ImportTransaction.latest(this.connection, dataset);
		if (!force && latest != null && latest.checksum().equals(checksum) && latest.count() == count(gemeente, "")) {
			return result(dataset, gemeente, false, true, ImportTransaction.dataVersion(this.connection, false));
		}
		Map<String, SourceRecord> sources = new LinkedHashMap<>();
		sources.put(UNION_OF_BUURTEN.id(), UNION_OF_BUURTEN);
		gebieden.forEach((g) -> sources.putIfAbsent(CitedSources.id(g.source()), CitedSources.of(g.source())));
		int changed = ImportTransaction.writeSources(this.connection, sources.values());
		stage(gebieden);
		changed += writeAreas();
		changed += writeBoundaries();
		changed += writeGebieden();
		changed += removeStale(gemeente);
		long version = ImportTransaction.dataVersion(this.connection, changed > 0);
		ImportTransaction.record(this.connection, dataset, checksum, input.name(), gebieden.size(), changed > 0);
		return result(dataset, gemeente, changed > 0, false, version);
	}

	private String buurtFingerprint(List<Gebied> gebieden) throws SQLException {
		String[] buurten = gebieden.stream().flatMap((g) -> g.buurtCodes().stream()).distinct().toArray(String[]::new);
		return Sql.queryOne(this.connection,
				"select coalesce(md5(string_agg(area_code || ':' || boundary_year || ':' || md5(ST_AsEWKB(geom_rd)), "
						+ "',' order by area_code)), '') from area_boundary where is_current and area_code = any(?)",
				(row) -> row.getString(1), this.connection.createArrayOf("text", buurten));
	}

	private void stage(List<Gebied> gebieden) throws SQLException {
		Sql.update(this.connection, "create temp table import_gebied (code text primary key, name text not null, "
				+ "gemeente_code text not null, approximate boolean not null, note text, source_id text not null, "
				+ "alias text, buurten text[] not null, boundary_year smallint, geom geometry(MultiPolygon, 28992)) "
				+ "on commit drop");
		Sql.batch(this.connection,
				"insert into import_gebied (code, name, gemeente_code, approximate, note, "
						+ "source_id, alias, buurten) values (?, ?, ?, ?, ?, ?, ?, ?)",
				gebieden,
				(gebied) -> new Object[] { gebied.code(), gebied.name(), gebied.gemeenteCode(), gebied.approximate(),
						gebied.note(), CitedSources.id(gebied.source()), gebied.alias(),
						this.connection.createArrayOf("text", gebied.buurtCodes().toArray()) });
		Sql.update(this.connection, """
				update import_gebied g set geom = u.geom, boundary_year = u.boundary_year
				from (select g.code, ST_Multi(ST_Union(b.geom_rd order by b.area_code)) as geom,
				             max(b.boundary_year) as boundary_year
				      from import_gebied g join area_boundary b on b.area_code = any(g.buurten) and b.is_current
				      group by g.code) u
				where u.code = g.code
				""");
		Sql.update(this.connection, "update import_gebied set geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), "
				+ "3)) where not ST_IsValid(geom)");
	}

	private int writeAreas() throws SQLException {
		return Sql.update(this.connection, """
				insert into area (code, name, level, parent_code, gemeente_code, source_id, provisional,
				                  membership_source_id, membership_note)
				select code, name, 'GEBIED', gemeente_code, gemeente_code, ?, approximate, source_id, note
				from import_gebied
				on conflict (code) do update set name = excluded.name, level = excluded.level,
				    parent_code = excluded.parent_code, gemeente_code = excluded.gemeente_code,
				    source_id = excluded.source_id, provisional = excluded.provisional,
				    membership_source_id = excluded.membership_source_id, membership_note = excluded.membership_note
				where (area.name, area.level, area.parent_code, area.gemeente_code, area.source_id, area.provisional,
				       area.membership_source_id, area.membership_note)
				    is distinct from (excluded.name, excluded.level, excluded.parent_code, excluded.gemeente_code,
				       excluded.source_id, excluded.provisional, excluded.membership_source_id,
				       excluded.membership_note)
				""", UNION_OF_BUURTEN.id());
	}

	private int writeBoundaries() throws SQLException {
		int changed = Sql.update(this.connection, "update area_boundary b set is_current = false from import_gebied g "
				+ "where b.area_code = g.code and b.boundary_year <> g.boundary_year and b.is_current");
		changed += Sql.update(this.connection, """
				insert into area_boundary (area_code, boundary_year, is_current, geom_rd)
				select code, boundary_year, true, geom from import_gebied
				on conflict (area_code, boundary_year) do update set geom_rd = excluded.geom_rd, is_current = true
				where not area_boundary.is_current
				    or ST_AsEWKB(area_boundary.geom_rd) is distinct from ST_AsEWKB(excluded.geom_rd)
				""");
		return changed;
	}

	private int writeGebieden() throws SQLException {
		int changed = Sql.update(this.connection, """
				insert into gebied (area_code, alias, approximate, note)
				select code, alias, approximate, note from import_gebied
				on conflict (area_code) do update set alias = excluded.alias, approximate = excluded.approximate,
				    note = excluded.note
				where (gebied.alias, gebied.approximate, gebied.note)
				    is distinct from (excluded.alias, excluded.approximate, excluded.note)
				""");
		changed += Sql.update(this.connection, "delete from gebied_buurt gb using import_gebied g "
				+ "where gb.gebied_code = g.code and not (gb.buurt_code = any(g.buurten))");
		changed += Sql.update(this.connection, "insert into gebied_buurt (gebied_code, buurt_code) "
				+ "select code, unnest(buurten) from import_gebied on conflict do nothing");
		return changed;
	}

	/** Removes the gebieden of the gemeente that the file no longer has. */
	private int removeStale(String gemeente) throws SQLException {
		String stale = "from area where level = 'GEBIED' and gemeente_code = ? "
				+ "and code not in (select code from import_gebied)";
		return ImportTransaction.deleteStale(this.connection, stale, gemeente,
				(codes, error) -> "Cannot remove gebied " + codes + ", which the file no longer has: other rows (such "
						+ "as indicator values) still reference it. Nothing was written");
	}

	private int count(String gemeente, String filter) throws SQLException {
		return Sql.queryOne(this.connection, "select count(*)::int from gebied g join area a on a.code = g.area_code "
				+ "where a.gemeente_code = ?" + filter, (row) -> row.getInt(1), gemeente);
	}

	private GebiedImportResult result(String dataset, String gemeente, boolean changed, boolean skipped, long version)
			throws SQLException {
		return new GebiedImportResult(dataset, gemeente, count(gemeente, ""), count(gemeente, " and g.approximate"),
				changed, skipped, version);
	}

}
