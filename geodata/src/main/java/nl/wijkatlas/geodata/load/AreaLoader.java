package nl.wijkatlas.geodata.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.AreaDataset;
import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.ImportResult;
import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.StadsdeelMembership;
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
				(connection) -> load(connection, dataset, force, overlapTolerance));
	}

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

	private ImportResult load(Connection connection, AreaDataset dataset, boolean force, double overlapTolerance)
			throws SQLException {
		ImportLog log = new ImportLog(connection);
		String gemeenteName = gemeenteName(connection, dataset);
		if (!force && log.alreadyImported(dataset.gemeenteCode(), dataset.boundaryYear(), dataset.checksum())) {
			logger.info("{}: {} already imported with checksum {}", dataset.datasetKey(), dataset.fileNames(),
					dataset.checksum());
			return result(dataset, gemeenteName, log.countsInDatabase(dataset.gemeenteCode()), false, true,
					log.dataVersion());
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
		changed += writer.writeAreas(dataset.gemeenteCode());
		changed += writer.removeStale(dataset.gemeenteCode());
		changed += writer.writeBoundaries(dataset.boundaryYear());
		long version = (changed > 0) ? log.bumpDataVersion() : log.dataVersion();
		log.record(dataset, changed > 0);
		logger.info("{}: imported {} ({} rows changed)", dataset.datasetKey(), dataset.fileNames(), changed);
		return result(dataset, gemeenteName, log.countsStaged(), changed > 0, false, version);
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
