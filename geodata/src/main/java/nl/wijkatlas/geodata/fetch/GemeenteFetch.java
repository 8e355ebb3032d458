package nl.wijkatlas.geodata.fetch;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.ImportLimits;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.area.AreaDataset;
import nl.wijkatlas.geodata.area.AreaImporter;
import nl.wijkatlas.geodata.area.ImportOptions;
import nl.wijkatlas.geodata.area.ImportResult;
import nl.wijkatlas.geodata.area.load.AreaLoader;
import nl.wijkatlas.geodata.indicator.IndicatorImportResult;
import nl.wijkatlas.geodata.load.ImportTransaction;
import nl.wijkatlas.geodata.load.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Fetches one gemeente: its wijk and buurt boundaries of a year from PDOK (or from
 * downloaded files) and the CBS Kerncijfers wijken en buurten of that year from CBS (or
 * from a downloaded table), then loads both through the importers in one transaction —
 * all or nothing; fetched again unchanged, it changes nothing.
 * <p>
 * Everything is downloaded and checked before the transaction starts, so a service that
 * fails half-way leaves the database as it was. In the transaction, the year is compared
 * with the gemeente's current division: the same or a newer year becomes current (areas
 * it no longer has are kept as history, so earlier figures keep their area); an earlier
 * year adds its boundaries and figures as history and leaves the current division as it
 * is. A gemeente that was fetched is no longer replaced by a bundled copy at start-up.
 */
public final class GemeenteFetch {

	private static final Logger logger = LoggerFactory.getLogger(GemeenteFetch.class);

	private final DataSource dataSource;

	private final FetchSettings settings;

	private final PoliteHttp http;

	public GemeenteFetch(DataSource dataSource, FetchSettings settings) {
		this(dataSource, settings, new PoliteHttp(settings.http()));
	}

	/**
	 * A fetch with its own HTTP client (a test's, which does not really wait).
	 * @param dataSource the database
	 * @param settings where and how to ask
	 * @param http the client
	 */
	public GemeenteFetch(DataSource dataSource, FetchSettings settings, PoliteHttp http) {
		this.dataSource = dataSource;
		this.settings = settings;
		this.http = http;
	}

	/**
	 * Fetches and loads.
	 * @param request what to fetch
	 * @return what it did
	 * @throws FetchException when a service cannot be reached or answers wrongly; nothing
	 * was written
	 * @throws ImportException when the data is refused; nothing was written
	 */
	public FetchResult fetch(FetchRequest request) {
		String gemeente = (request.gemeenteCode() != null) ? request.gemeenteCode().strip().toUpperCase(Locale.ROOT)
				: null;
		if (gemeente == null || !AreaLevel.GEMEENTE.matches(gemeente)) {
			throw new IllegalArgumentException(
					"--gemeente needs a CBS gemeente code like GM0200 (got " + request.gemeenteCode() + ")");
		}
		List<String> notes = new ArrayList<>();
		CbsTable table = (request.figures() && request.cbsFrom() != null) ? CbsOData.read(request.cbsFrom()) : null;
		int year = year(request, table);
		CbsOData cbs = new CbsOData(this.http, this.settings.cbsUrl(), this.settings.cbsCatalogUrl(),
				"use --cbs-from DIR with TableInfos.json, DataProperties.json and TypedDataSet.json saved from "
						+ this.settings.cbsUrl() + ", or --no-figures");
		if (request.from().isEmpty() && year < PdokWfs.FIRST_YEAR) {
			throw new IllegalArgumentException("PDOK serves the years before " + PdokWfs.FIRST_YEAR
					+ " with other layer and property names; download that year's CBS Wijk- en Buurtkaart "
					+ "GeoPackage and give it with --from FILE");
		}
		String tableId = (table != null) ? table.id() : null;
		if (request.figures() && table == null) {
			tableId = tableId(cbs, year);
		}
		ImportLimits limits = ImportLimits.fromEnvironment();
		ImportOptions options = ImportOptions.defaults()
			.withLimits(limits)
			.withGemeente(gemeente)
			.withBoundaryYear(year)
			.withForce(request.force());
		AreaDataset areas = request.from().isEmpty() ? fromPdok(gemeente, year, options, notes)
				: fromFiles(request.from(), gemeente, year, options, notes);
		if (request.figures() && table == null) {
			table = cbs.fetch(tableId, gemeente);
		}
		if (table != null && table.rows()
			.stream()
			.map((row) -> row.path("WijkenEnBuurten").asString("").trim())
			.noneMatch((code) -> code.equals(gemeente) || code.startsWith("WK" + gemeente.substring(2))
					|| code.startsWith("BU" + gemeente.substring(2)))) {
			throw new FetchException("CBS table " + table.id() + " has no rows of " + gemeente + " (" + table.request()
					+ "): is the gemeente code right, and did it exist in " + year + "? Nothing was written");
		}
		if (table != null && table.mapYear() != null && table.mapYear() != year) {
			notes.add("CBS table " + table.id() + " is for the division of " + table.mapYear()
					+ ", the boundaries are of " + year);
		}
		CbsTable figures = table;
		String code = gemeente;
		FetchResult result = ImportTransaction.run(this.dataSource, "fetch of " + gemeente + " " + year,
				(connection) -> {
					Integer current = AreaLoader.currentBoundaryYear(connection, code);
					AreaLoader.Mode mode = (current == null || year >= current) ? AreaLoader.Mode.NEWEST
							: AreaLoader.Mode.HISTORY;
					if (mode == AreaLoader.Mode.HISTORY) {
						notes.add("the current division of " + code + " is of " + current + "; " + year
								+ " is kept as history");
					}
					ImportResult areaResult = new AreaLoader(this.dataSource).load(connection, areas, request.force(),
							limits.overlapToleranceSquareMetres(), mode);
					IndicatorImportResult figureResult = null;
					if (figures != null) {
						CbsFigures prepared = CbsFigures.prepare(connection, figures, code, year);
						notes.addAll(prepared.notes());
						figureResult = prepared.importInto(connection, request.force());
					}
					return new FetchResult(code, year, mode, areaResult, figureResult,
							(figures != null) ? figures.id() : null, List.copyOf(notes), this.http.requested());
				});
		logger.debug("{}", result.summary());
		return result;
	}

	/**
	 * The year asked for; else the table's year when read from a directory; else the
	 * newest year with a Kerncijfers table, configured or in the CBS catalogue.
	 */
	private int year(FetchRequest request, CbsTable table) {
		if (request.year() != null) {
			return request.year();
		}
		if (table != null && table.period() != null && table.period().matches("[0-9]{4}")) {
			return Integer.parseInt(table.period());
		}
		if (!request.figures()) {
			throw new IllegalArgumentException("say which year's boundaries to fetch with --year, e.g. --year 2024");
		}
		int newestKnown = this.settings.tables().keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		CbsOData cbs = new CbsOData(this.http, this.settings.cbsUrl(), this.settings.cbsCatalogUrl(),
				"give the year with --year");
		for (int year = Year.now().getValue(); year > newestKnown; year--) {
			if (cbs.findTable(year) != null) {
				return year;
			}
		}
		if (newestKnown == 0) {
			throw new IllegalArgumentException("no Kerncijfers table is known; give the year with --year");
		}
		return newestKnown;
	}

	private String tableId(CbsOData cbs, int year) {
		String configured = this.settings.tables().get(year);
		if (configured != null) {
			return configured;
		}
		String found = cbs.findTable(year);
		if (found == null) {
			throw new FetchException("CBS has no table \"" + CbsOData.TITLE + year + "\" (yet) in its catalogue "
					+ this.settings.cbsCatalogUrl() + "; give the table with wijkatlas.fetch.tables=" + year
					+ "=<id>, fetch an earlier year, or use --no-figures. Nothing was written");
		}
		return found;
	}

	private AreaDataset fromPdok(String gemeente, int year, ImportOptions options, List<String> notes) {
		PdokWfs pdok = new PdokWfs(this.http, this.settings.pdokUrl(), this.settings.pageSize(),
				"use --from FILE with a downloaded CBS Wijk- en Buurtkaart GeoPackage");
		PdokWfs.PdokLayer buurten = pdok.fetch("buurten", gemeente, year);
		PdokWfs.PdokLayer wijken = pdok.fetch("wijken", gemeente, year);
		if (buurten.features().isEmpty()) {
			throw new FetchException(
					"PDOK has no buurten of " + gemeente + " in " + year + " (" + buurten.firstRequest()
							+ "): is the gemeente code right, and did it exist in " + year + "? Nothing was written");
		}
		JsonNode crs = (buurten.crs() != null) ? buurten.crs() : PdokFeatures.rdNew();
		String prefix = "pdok-wijkenbuurten-" + year + "-" + gemeente;
		PdokFeatures.Layers layers = PdokFeatures.convert(buurten.features(), wijken.features(), crs, gemeente, year,
				new String[] { prefix + "-buurten.geojson", prefix + "-wijken.geojson" });
		notes.addAll(layers.notes());
		SourceRecord source = pdokSource(pdok.serviceUrl(year), gemeente, year, buurten.firstRequest().toString());
		AreaDataset dataset = new AreaImporter(this.dataSource).prepareGeoJson(layers.buurten(), layers.wijken(), null,
				named(options, layers.gemeenteName()), source);
		return fetched(dataset, "PDOK " + pdok.serviceUrl(year) + " (buurten, wijken)");
	}

	private AreaDataset fromFiles(List<Path> files, String gemeente, int year, ImportOptions options,
			List<String> notes) {
		AreaImporter importer = new AreaImporter(this.dataSource);
		if (files.size() == 1 && files.get(0).getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
			return fetched(importer.prepareGeoPackage(files.get(0), null, options),
					files.get(0).getFileName().toString());
		}
		if (files.size() != 2) {
			throw new IllegalArgumentException(
					"--from takes one CBS Wijk- en Buurtkaart GeoPackage (.gpkg), or a buurt "
							+ "layer and a wijk layer in GeoJSON (--from buurten.json --from wijken.json); got "
							+ files);
		}
		InputFile first = InputFile.of(files.get(0));
		InputFile second = InputFile.of(files.get(1));
		boolean firstIsWijken = first.name().toLowerCase(Locale.ROOT).contains("wijk")
				&& !first.name().toLowerCase(Locale.ROOT).contains("buurt");
		InputFile buurtFile = firstIsWijken ? second : first;
		InputFile wijkFile = firstIsWijken ? first : second;
		JsonNode buurten = layer(buurtFile);
		JsonNode wijken = layer(wijkFile);
		List<JsonNode> buurtFeatures = new ArrayList<>();
		buurten.path("features").forEach(buurtFeatures::add);
		List<JsonNode> wijkFeatures = new ArrayList<>();
		wijken.path("features").forEach(wijkFeatures::add);
		PdokFeatures.Layers layers = PdokFeatures.convert(buurtFeatures, wijkFeatures, buurten.get("crs"), gemeente,
				year, new String[] { buurtFile.name(), wijkFile.name() });
		notes.addAll(layers.notes());
		SourceRecord source = Sources.cbsFullResolution(year);
		AreaDataset dataset = importer.prepareGeoJson(layers.buurten(), layers.wijken(), null,
				named(options, layers.gemeenteName()), source);
		return fetched(dataset, buurtFile.name() + ", " + wijkFile.name());
	}

	private static JsonNode layer(InputFile file) {
		try {
			JsonNode root = Answers.MAPPER.readTree(file.content());
			if (root != null && root.isObject() && root.path("features").isArray()) {
				return root;
			}
		}
		catch (RuntimeException ex) {
			throw new ImportException(file.name() + ": not JSON (" + ex.getMessage() + ")");
		}
		throw new ImportException(file.name() + ": not a GeoJSON FeatureCollection with a features array");
	}

	private static ImportOptions named(ImportOptions options, String gemeenteName) {
		return (gemeenteName != null) ? options.withGemeenteName(gemeenteName) : options;
	}

	/** The dataset as the import log should name it: marked as fetched. */
	private static AreaDataset fetched(AreaDataset dataset, String from) {
		return new AreaDataset(dataset.gemeenteCode(), dataset.gemeenteName(), dataset.boundaryYear(),
				dataset.boundarySource(), dataset.buurten(), dataset.wijkNames(), dataset.stadsdelen(),
				dataset.checksum(), AreaLoader.FETCHED + from);
	}

	/** The boundaries as PDOK serves them, citing the service and the first request. */
	static SourceRecord pdokSource(String serviceUrl, String gemeente, int year, String request) {
		return new SourceRecord("pdok-cbs-wijkenbuurten-" + year + "-" + gemeente.toLowerCase(Locale.ROOT), "DATASET",
				"CBS/Kadaster Wijk- en Buurtkaart " + year + " (PDOK)", "CBS / Kadaster", serviceUrl, year, "CC BY 4.0",
				"Kadaster / Centraal Bureau voor de Statistiek, " + year,
				"Fetched with ./wijkatlas fetch from PDOK's CBS Wijken en Buurten service, layers buurten and wijken, "
						+ "land parts only (water = NEE); each wijk is the union of its buurten. First request: "
						+ request);
	}

}
