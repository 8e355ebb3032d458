package nl.wijkatlas.geodata.area;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.Checksum;
import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.area.load.AreaLoader;
import nl.wijkatlas.geodata.area.read.GeoJsonAreaReader;
import nl.wijkatlas.geodata.area.read.GeoPackageAreaReader;
import nl.wijkatlas.geodata.area.read.GeoPackageContent;
import nl.wijkatlas.geodata.area.read.StadsdeelCsvReader;
import nl.wijkatlas.geodata.area.validate.DatasetValidator;
import nl.wijkatlas.geodata.load.Sources;

/**
 * Imports the areas of one gemeente: reads the files, validates everything (reporting all
 * problems, up to a cap, and touching no database when there is one), then loads in one
 * transaction (see {@link AreaLoader}).
 * <p>
 * The files describe the gemeente's whole hierarchy. Areas of the gemeente (levels
 * GEMEENTE, STADSDEEL, WIJK, BUURT; never GEBIED) that the files no longer have are
 * removed, with their boundaries; if other rows still reference such an area, the import
 * fails and nothing is written. When no stadsdeel mapping is given, the bundled one for
 * that gemeente is used if there is one (Zwolle, see {@link BundledAreas}); otherwise the
 * wijken hang directly under the gemeente. The imported boundary year becomes the current
 * one. An import whose files and parameters were imported before, with the data still
 * present, is skipped (unless forced); when the gemeente and year are given, without even
 * reading the files.
 */
public final class AreaImporter {

	private final AreaLoader loader;

	public AreaImporter(DataSource dataSource) {
		this.loader = new AreaLoader(dataSource);
	}

	/**
	 * Imports files as given on a command line: a CBS GeoJSON buurt and wijk layer, or a
	 * CBS GeoPackage, and optionally a stadsdeel CSV.
	 * @param files the files
	 * @param options the gemeente and other options
	 * @return what the import did
	 * @throws ImportException when a file is refused or the database refuses the data
	 */
	public ImportResult importFiles(List<Path> files, ImportOptions options) {
		InputFiles input = InputFiles.classify(files);
		if (input.geoPackage() != null) {
			return importGeoPackage(input.geoPackage(), input.stadsdelen(), options);
		}
		return importGeoJson(InputFile.of(input.buurten()), InputFile.of(input.wijken()),
				(input.stadsdelen() != null) ? InputFile.of(input.stadsdelen()) : null, options);
	}

	/**
	 * Imports a CBS GeoJSON buurt layer and wijk layer.
	 * @param buurten the buurt layer
	 * @param wijken the wijk layer (its names are used; wijk geometry is the union of
	 * buurten)
	 * @param stadsdelen the stadsdeel mapping, or null
	 * @param options the gemeente and other options
	 * @return what the import did
	 */
	public ImportResult importGeoJson(InputFile buurten, InputFile wijken, InputFile stadsdelen,
			ImportOptions options) {
		InputFile givenMapping = (stadsdelen != null) ? stadsdelen : BundledAreas.stadsdelenFor(options.gemeenteCode());
		Optional<ImportResult> done = findImported(options,
				(name) -> new Checksum("geojson", options.gemeenteCode(), name, String.valueOf(options.boundaryYear()))
					.add(buurten)
					.add(wijken)
					.add(givenMapping)
					.hex());
		if (done.isPresent()) {
			return done.get();
		}
		return load(prepareGeoJson(buurten, wijken, stadsdelen, options, null), options);
	}

	/**
	 * Reads and validates a CBS GeoJSON buurt layer and wijk layer without touching the
	 * database: the first half of {@link #importGeoJson}, for a caller that loads the
	 * result inside a transaction of its own
	 * ({@link AreaLoader#load(java.sql.Connection, AreaDataset, boolean, double, AreaLoader.Mode)}).
	 * @param buurten the buurt layer
	 * @param wijken the wijk layer
	 * @param stadsdelen the stadsdeel mapping, or null for the bundled one (if any)
	 * @param options the gemeente and other options
	 * @param boundarySource where the boundaries come from, or null for the generalised
	 * CBS/Kadaster Wijk- en Buurtkaart of the year
	 * @return the validated dataset
	 * @throws ImportException listing every problem found in the files
	 */
	public AreaDataset prepareGeoJson(InputFile buurten, InputFile wijken, InputFile stadsdelen, ImportOptions options,
			SourceRecord boundarySource) {
		Problems problems = new Problems();
		GeoJsonAreaReader reader = new GeoJsonAreaReader();
		AreaLayer buurtLayer = reader.read(buurten.name(), buurten.content(), AreaLevel.BUURT, problems);
		AreaLayer wijkLayer = reader.read(wijken.name(), wijken.content(), AreaLevel.WIJK, problems);
		String gemeente = (options.gemeenteCode() != null) ? options.gemeenteCode()
				: Inference.gemeente(buurtLayer, problems);
		Integer year = (options.boundaryYear() != null) ? options.boundaryYear()
				: Inference.year(buurtLayer, wijkLayer, false, problems);
		InputFile mapping = (stadsdelen != null) ? stadsdelen : BundledAreas.stadsdelenFor(gemeente);
		String name = (options.gemeenteName() != null) ? options.gemeenteName() : BundledAreas.nameOf(gemeente);
		String checksum = new Checksum("geojson", gemeente, name, String.valueOf(year)).add(buurten)
			.add(wijken)
			.add(mapping)
			.hex();
		SourceRecord source = (boundarySource != null) ? boundarySource
				: (year != null) ? Sources.cbsGeneralised(year) : null;
		Dataset dataset = new Dataset(buurtLayer, wijkLayer, mapping, gemeente, name, year, source, checksum,
				fileNames(buurten.name(), wijken.name(), mapping));
		return validate(dataset, options, problems);
	}

	/**
	 * Imports one gemeente from a CBS Wijk- en Buurtkaart GeoPackage.
	 * @param geoPackage the GeoPackage
	 * @param stadsdelen the stadsdeel mapping, or null
	 * @param options the gemeente (required) and other options
	 * @return what the import did
	 */
	public ImportResult importGeoPackage(Path geoPackage, Path stadsdelen, ImportOptions options) {
		return load(prepareGeoPackage(geoPackage, stadsdelen, options), options);
	}

	/**
	 * Reads and validates one gemeente of a CBS Wijk- en Buurtkaart GeoPackage without
	 * touching the database: the first half of {@link #importGeoPackage}.
	 * @param geoPackage the GeoPackage
	 * @param stadsdelen the stadsdeel mapping, or null
	 * @param options the gemeente (required) and other options
	 * @return the validated dataset
	 * @throws ImportException listing every problem found in the file
	 */
	public AreaDataset prepareGeoPackage(Path geoPackage, Path stadsdelen, ImportOptions options) {
		String gemeente = options.gemeenteCode();
		if (gemeente == null || !AreaLevel.GEMEENTE.matches(gemeente)) {
			throw new ImportException(geoPackage.getFileName() + ": a GeoPackage holds every gemeente; say which "
					+ "one to import with a gemeente code like GM0193 (got " + gemeente + ")");
		}
		Problems problems = new Problems();
		GeoPackageContent content = new GeoPackageAreaReader().read(geoPackage, gemeente, problems);
		if (content.buurten().readable() && content.buurten().features().isEmpty()) {
			problems.add(geoPackage.getFileName().toString(), "layer buurten", "has no land buurten of " + gemeente);
		}
		Integer year = (options.boundaryYear() != null) ? options.boundaryYear()
				: Inference.year(content.buurten(), content.wijken(), true, problems);
		year = (year != null) ? year : Inference.yearInName(geoPackage, problems);
		InputFile mapping = (stadsdelen != null) ? InputFile.of(stadsdelen) : BundledAreas.stadsdelenFor(gemeente);
		String name = (options.gemeenteName() != null) ? options.gemeenteName()
				: (content.gemeenteName() != null) ? content.gemeenteName() : BundledAreas.nameOf(gemeente);
		String checksum = new Checksum("geopackage", gemeente, name, String.valueOf(year)).add(geoPackage)
			.add(mapping)
			.hex();
		Dataset dataset = new Dataset(content.buurten(), content.wijken(), mapping, gemeente, name, year,
				(year != null) ? Sources.cbsFullResolution(year) : null, checksum,
				fileNames(geoPackage.getFileName().toString(), null, mapping));
		return validate(dataset, options, problems);
	}

	/**
	 * Skips reading when the caller names gemeente and year and the same files were
	 * imported.
	 */
	private Optional<ImportResult> findImported(ImportOptions options, Function<String, String> checksum) {
		if (options.force() || options.gemeenteCode() == null || options.boundaryYear() == null) {
			return Optional.empty();
		}
		String name = (options.gemeenteName() != null) ? options.gemeenteName()
				: BundledAreas.nameOf(options.gemeenteCode());
		return this.loader.findImported(options.gemeenteCode(), options.boundaryYear(), checksum.apply(name));
	}

	private AreaDataset validate(Dataset in, ImportOptions options, Problems problems) {
		List<StadsdeelMembership> stadsdelen = (in.mapping != null)
				? new StadsdeelCsvReader().read(in.mapping.name(), in.mapping.content(), problems) : List.of();
		new DatasetValidator(options.limits().maxVertices()).validate(in.buurten, in.wijken, stadsdelen, in.gemeente,
				problems);
		problems.throwIfAny();
		Map<String, String> wijkNames = new LinkedHashMap<>();
		in.wijken.features().forEach((wijk) -> wijkNames.put(wijk.code(), wijk.name()));
		return new AreaDataset(in.gemeente, in.name, in.year, in.source, in.buurten.features(), wijkNames, stadsdelen,
				in.checksum, in.fileNames);
	}

	private ImportResult load(AreaDataset dataset, ImportOptions options) {
		return this.loader.load(dataset, options.force(), options.limits().overlapToleranceSquareMetres());
	}

	private static String fileNames(String first, String second, InputFile mapping) {
		StringBuilder names = new StringBuilder(first);
		if (second != null) {
			names.append(", ").append(second);
		}
		if (mapping != null) {
			names.append(", ").append(mapping.name());
		}
		return names.toString();
	}

	/** What was read, before validation. */
	private record Dataset(AreaLayer buurten, AreaLayer wijken, InputFile mapping, String gemeente, String name,
			Integer year, SourceRecord source, String checksum, String fileNames) {

	}

}
