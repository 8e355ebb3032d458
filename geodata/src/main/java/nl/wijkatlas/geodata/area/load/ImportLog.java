package nl.wijkatlas.geodata.area.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.area.AreaDataset;
import nl.wijkatlas.geodata.load.Sql;

/**
 * The bookkeeping of imports: {@code dataset_import}, {@code data_version} and area
 * counts.
 */
final class ImportLog {

	private final Connection connection;

	ImportLog(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Whether the latest import of this dataset had the same checksum and its data is
	 * still there: as many current wijk and buurt boundaries of that year as features
	 * imported.
	 */
	boolean alreadyImported(String gemeenteCode, int boundaryYear, String checksum) throws SQLException {
		return alreadyImported(gemeenteCode, boundaryYear, checksum, false);
	}

	/**
	 * As {@link #alreadyImported(String, int, String)}; for an earlier division
	 * ({@code earlier}) the boundaries of that year count whether current or not, and any
	 * logged import with the checksum counts, not only the latest.
	 */
	boolean alreadyImported(String gemeenteCode, int boundaryYear, String checksum, boolean earlier)
			throws SQLException {
		if (earlier) {
			Integer count = Sql.queryOne(this.connection,
					"select feature_count from dataset_import where dataset = ? and checksum = ? order by id desc limit 1",
					(row) -> row.getInt(1), AreaDataset.datasetKey(gemeenteCode), checksum);
			Integer boundaries = Sql.queryOne(this.connection,
					"select count(*)::int from area a join area_boundary b "
							+ "on b.area_code = a.code and b.boundary_year = ? "
							+ "where a.gemeente_code = ? and a.level in ('WIJK', 'BUURT')",
					(row) -> row.getInt(1), boundaryYear, gemeenteCode);
			return count != null && count.equals(boundaries);
		}
		Object[] last = Sql.queryOne(this.connection,
				"select checksum, feature_count from dataset_import where dataset = ? order by id desc limit 1",
				(row) -> new Object[] { row.getString(1), row.getInt(2) }, AreaDataset.datasetKey(gemeenteCode));
		if (last == null || !checksum.equals(last[0])) {
			return false;
		}
		Integer present = Sql.queryOne(this.connection,
				"select count(*)::int from area a join area_boundary b "
						+ "on b.area_code = a.code and b.is_current and b.boundary_year = ? "
						+ "where a.gemeente_code = ? and a.level in ('WIJK', 'BUURT')",
				(row) -> row.getInt(1), boundaryYear, gemeenteCode);
		return present != null && present.equals(last[1]);
	}

	void record(AreaDataset dataset, boolean changed) throws SQLException {
		Sql.update(this.connection,
				"insert into dataset_import (dataset, checksum, file_name, feature_count, changed) values (?, ?, ?, ?, ?)",
				dataset.datasetKey(), dataset.checksum(), dataset.fileNames(), dataset.featureCount(), changed);
	}

	long dataVersion() throws SQLException {
		return Sql.queryOne(this.connection, "select version from data_version", (row) -> row.getLong(1));
	}

	long bumpDataVersion() throws SQLException {
		return Sql.queryOne(this.connection,
				"update data_version set version = version + 1, changed_at = now() returning version",
				(row) -> row.getLong(1));
	}

	Map<AreaLevel, Integer> countsStaged() throws SQLException {
		return counts("select level, count(*)::int from import_area group by level");
	}

	/** The areas of the gemeente that have a current boundary, per level. */
	Map<AreaLevel, Integer> countsCurrent(String gemeenteCode) throws SQLException {
		return counts(
				"select a.level, count(*)::int from area a join area_boundary b on b.area_code = a.code "
						+ "and b.is_current where a.gemeente_code = ? and a.level <> 'GEBIED' group by a.level",
				gemeenteCode);
	}

	Map<AreaLevel, Integer> countsInDatabase(String gemeenteCode) throws SQLException {
		return counts("select level, count(*)::int from area where gemeente_code = ? "
				+ "and level <> 'GEBIED' group by level", gemeenteCode);
	}

	private Map<AreaLevel, Integer> counts(String sql, Object... parameters) throws SQLException {
		Map<AreaLevel, Integer> counts = new EnumMap<>(AreaLevel.class);
		for (AreaLevel level : AreaLevel.HIERARCHY) {
			counts.put(level, 0);
		}
		Sql.query(this.connection, sql, (row) -> counts.put(AreaLevel.valueOf(row.getString(1)), row.getInt(2)),
				parameters);
		return counts;
	}

}
