package nl.wijkatlas.geodata.area.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.area.AreaDataset;
import nl.wijkatlas.geodata.area.ImportResult;
import nl.wijkatlas.geodata.area.StadsdeelMembership;
import nl.wijkatlas.geodata.load.ImportTransaction;
import nl.wijkatlas.geodata.load.Sources;
import nl.wijkatlas.geodata.load.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a validated dataset in one transaction: it lands whole or not at all. Stages the
 * buurten, derives wijken, stadsdelen and gemeente in PostGIS, upserts what changed,
 * removes the areas of the gemeente that the files no longer have, bumps
 * {@code data_version} only when a row changed, and logs the import in
 * {@code dataset_import}. Imports are serialised by an advisory lock, so two application
 * instances starting together do not race.
 */
public final class AreaLoader {

	private static final Logger logger = LoggerFactory.getLogger(AreaLoader.class);

	private final DataSource dataSource;

	public AreaLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Loads a dataset.
	 * @param dataset the validated dataset
	 * @param force load even when the same checksum was imported before
	 * @param overlapTolerance the largest area (m² in RD New) two buurten may share
	 * @return what the import did
	 * @throws ImportException when the database refuses the data or buurten overlap;
	 * nothing was written
	 */
	public ImportResult load(AreaDataset dataset, boolean force, double overlapTolerance) {
		return ImportTransaction.run(this.dataSource, dataset.fileNames(),
				(connection) -> load(connection, dataset, force, overlapTolerance, Mode.REPLACE));
	}

	/**
	 * How an import treats what the database already holds of the gemeente.
	 */
	public enum Mode {

		/**
		 * The files are the gemeente's division: their year becomes current, and areas
		 * they no longer have are removed (the import fails when rows still reference
		 * them).
		 */
		REPLACE,

		/**
		 * The files are the gemeente's newest division: their year becomes current, and
		 * areas they no longer have are kept with their boundaries, none of them current
		 * any more (so figures of earlier years keep their area). An area without a
		 * current boundary is history: the API does not list it.
		 */
		NEWEST,

		/**
		 * The files are an earlier division than the current one: their boundaries are
		 * added as boundaries of their year, none current; areas the database lacks are
		 * added as history (no current boundary); names, parents and current boundaries
		 * stay as they are.
		 */
		HISTORY

	}

	/**
	 * Loads a dataset inside a transaction the caller runs (see
	 * {@link ImportTransaction#run}), so it can land together with other imports.
	 * @param connection the transaction
	 * @param dataset the validated dataset
	 * @param force load even when the same checksum was imported before
	 * @param overlapTolerance the largest area (m² in RD New) two buurten may share
	 * @param mode what happens to the areas and boundaries already there
	 * @return what the import did
	 * @throws SQLException when the database refuses; the caller rolls back
	 */
	public ImportResult load(Connection connection, AreaDataset dataset, boolean force, double overlapTolerance,
			Mode mode) throws SQLException {
		return loadIn(connection, dataset, force, overlapTolerance, mode);
	}

	/**
	 * The newest boundary year of a gemeente's current wijken and buurten.
	 * @param connection any connection
	 * @param gemeenteCode the gemeente
	 * @return the year, or null when the gemeente has no current areas
	 */
	public static Integer currentBoundaryYear(Connection connection, String gemeenteCode) throws SQLException {
		return Sql.queryOne(connection,
				"select max(b.boundary_year)::int from area a join area_boundary b on b.area_code = a.code "
						+ "and b.is_current where a.gemeente_code = ? and a.level in ('WIJK', 'BUURT')",
				(row) -> (Integer) row.getObject(1), gemeenteCode);
	}

	/**
	 * The areas of a gemeente as an import that marks its file names with
	 * {@link #FETCHED} left them: a bundled copy of the same gemeente must not replace
	 * what was fetched later.
	 * @param gemeenteCode the gemeente
	 * @return what is there, marked skipped, when the gemeente was ever fetched; empty
	 * otherwise
	 */
	public Optional<ImportResult> findFetched(String gemeenteCode) {
		try (Connection connection = this.dataSource.getConnection()) {
			ImportLog log = new ImportLog(connection);
			Boolean fetched = Sql.queryOne(connection,
					"select exists (select 1 from dataset_import where dataset = ? and file_name like ?)",
					(row) -> row.getBoolean(1), AreaDataset.datasetKey(gemeenteCode), FETCHED + "%");
			if (!Boolean.TRUE.equals(fetched)) {
				return Optional.empty();
			}
			String name = Sql.queryOne(connection, "select name from area where code = ?", (row) -> row.getString(1),
					gemeenteCode);
			Integer year = currentBoundaryYear(connection, gemeenteCode);
			return Optional.of(new ImportResult(AreaDataset.datasetKey(gemeenteCode), gemeenteCode, name,
					(year != null) ? year : 0, new EnumMap<>(log.countsInDatabase(gemeenteCode)), false, true,
					log.dataVersion()));
		}
		catch (SQLException ex) {
			throw new ImportException("Cannot read the import log: " + ex.getMessage(), ex);
		}
	}

	/**
	 * How the file names of a fetched dataset begin in the import log
	 * ({@code dataset_import.file_name}).
	 */
	public static final String FETCHED = "fetched: ";

	/**
	 * The result of an earlier import with this checksum, if its data is still there:
	 * lets a caller that knows the gemeente and year skip reading the files.
	 * @param gemeenteCode the gemeente
	 * @param boundaryYear the boundary year
	 * @param checksum the checksum the import would record
	 * @return the earlier import's result, marked skipped, or empty
	 */
	public Optional<ImportResult> findImported(String gemeenteCode, int boundaryYear, String checksum) {
		try (Connection connection = this.dataSource.getConnection()) {
			ImportLog log = new ImportLog(connection);
			if (!log.alreadyImported(gemeenteCode, boundaryYear, checksum)) {
				return Optional.empty();
			}
			String name = Sql.queryOne(connection, "select name from area where code = ?", (row) -> row.getString(1),
					gemeenteCode);
			return Optional.of(new ImportResult(AreaDataset.datasetKey(gemeenteCode), gemeenteCode, name, boundaryYear,
					new EnumMap<>(log.countsInDatabase(gemeenteCode)), false, true, log.dataVersion()));
		}
		catch (SQLException ex) {
			throw new ImportException("Cannot read the import log: " + ex.getMessage(), ex);
		}
	}

	private ImportResult loadIn(Connection connection, AreaDataset dataset, boolean force, double overlapTolerance,
			Mode mode) throws SQLException {
		ImportLog log = new ImportLog(connection);
		String gemeenteName = gemeenteName(connection, dataset);
		if (!force && log.alreadyImported(dataset.gemeenteCode(), dataset.boundaryYear(), dataset.checksum(),
				mode == Mode.HISTORY)) {
			logger.info("{}: {} already imported with checksum {}", dataset.datasetKey(), dataset.fileNames(),
					dataset.checksum());
			return result(dataset, gemeenteName, (mode == Mode.REPLACE) ? log.countsInDatabase(dataset.gemeenteCode())
					: log.countsCurrent(dataset.gemeenteCode()), false, true, log.dataVersion());
		}
		Staging staging = new Staging(connection);
		staging.create();
		staging.stageBuurten(dataset.buurten());
		staging.refuseOverlaps(overlapTolerance);
		staging.deriveWijken(dataset.wijkNames());
		if (!dataset.stadsdelen().isEmpty()) {
			new StadsdeelAssignment(connection).assign(dataset.stadsdelen());
		}
		staging.collectAreas(dataset.gemeenteCode(), gemeenteName, dataset.boundarySource().id());
		AreaWriter writer = new AreaWriter(connection);
		int changed = writer.writeSources(sources(dataset).values());
		if (mode == Mode.HISTORY) {
			changed += writer.addMissingAreas(dataset.gemeenteCode());
			changed += writer.writeEarlierBoundaries(dataset.boundaryYear());
		}
		else {
			changed += writer.writeAreas(dataset.gemeenteCode());
			changed += (mode == Mode.NEWEST) ? writer.retireStale(dataset.gemeenteCode())
					: writer.removeStale(dataset.gemeenteCode());
			changed += writer.writeBoundaries(dataset.boundaryYear());
		}
		long version = (changed > 0) ? log.bumpDataVersion() : log.dataVersion();
		log.record(dataset, changed > 0);
		logger.info("{}: imported {} ({} rows changed)", dataset.datasetKey(), dataset.fileNames(), changed);
		return result(dataset, gemeenteName,
				(mode == Mode.REPLACE) ? log.countsStaged() : log.countsCurrent(dataset.gemeenteCode()), changed > 0,
				false, version);
	}

	private static String gemeenteName(Connection connection, AreaDataset dataset) throws SQLException {
		if (dataset.gemeenteName() != null) {
			return dataset.gemeenteName();
		}
		String existing = Sql.queryOne(connection, "select name from area where code = ? and level = 'GEMEENTE'",
				(row) -> row.getString(1), dataset.gemeenteCode());
		if (existing == null) {
			throw new ImportException("The name of gemeente " + dataset.gemeenteCode() + " is unknown: the files do "
					+ "not give it and the database does not have it yet; pass the gemeente name. Nothing was written");
		}
		return existing;
	}

	private static Map<String, SourceRecord> sources(AreaDataset dataset) {
		Map<String, SourceRecord> sources = new LinkedHashMap<>();
		for (SourceRecord source : new SourceRecord[] { dataset.boundarySource(), Sources.UNION_OF_BUURTEN,
				Sources.UNION_OF_WIJKEN }) {
			sources.put(source.id(), source);
		}
		if (!dataset.stadsdelen().isEmpty()) {
			sources.put(Sources.STADSDEEL_BY_ADJACENCY.id(), Sources.STADSDEEL_BY_ADJACENCY);
		}
		for (StadsdeelMembership row : dataset.stadsdelen()) {
			if (row.sourceUrl() != null) {
				sources.putIfAbsent(Sources.webId(row.sourceUrl()), Sources.web(row.sourceUrl()));
			}
		}
		return sources;
	}

	private static ImportResult result(AreaDataset dataset, String gemeenteName, Map<AreaLevel, Integer> counts,
			boolean changed, boolean skipped, long version) {
		return new ImportResult(dataset.datasetKey(), dataset.gemeenteCode(), gemeenteName, dataset.boundaryYear(),
				new EnumMap<>(counts), changed, skipped, version);
	}

}
