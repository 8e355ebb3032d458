package nl.wijkatlas.geodata;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.load.AreaLoader;
import nl.wijkatlas.geodata.load.Sources;
import nl.wijkatlas.geodata.read.GeoJsonAreaReader;
import nl.wijkatlas.geodata.read.GeoPackageAreaReader;
import nl.wijkatlas.geodata.read.GeoPackageContent;
import nl.wijkatlas.geodata.read.StadsdeelCsvReader;
import nl.wijkatlas.geodata.validate.DatasetValidator;

/**
 * Imports the areas of one gemeente: reads the files, validates everything (reporting all
 * problems, up to a cap, and touching no database when there is one), then loads in one
 * transaction (see {@link AreaLoader}).
 * <p>
 * The files describe the gemeente's whole hierarchy. Areas of the gemeente (levels
 * GEMEENTE, STADSDEEL, WIJK, BUURT; never GEBIED) that the files no longer have are
 * removed, with their boundaries; if other rows still reference such an area, the import
 * fails and nothing is written. When no stadsdeel mapping is given, the bundled one for
 * that gemeente is used if there is one (Zwolle); otherwise the wijken hang directly
 * under the gemeente. The imported boundary year becomes the current one.
 */
public final class AreaImporter {

	private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<![0-9])(19[0-9]{2}|2[01][0-9]{2})(?![0-9])");

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
		Problems problems = new Problems();
		GeoJsonAreaReader reader = new GeoJsonAreaReader();
		AreaLayer buurtLayer = reader.read(buurten.name(), buurten.content(), AreaLevel.BUURT, problems);
		AreaLayer wijkLayer = reader.read(wijken.name(), wijken.content(), AreaLevel.WIJK, problems);
		String gemeente = (options.gemeenteCode() != null) ? options.gemeenteCode()
				: inferGemeente(buurtLayer, problems);
		Integer year = (options.boundaryYear() != null) ? options.boundaryYear()
				: layerYear(buurtLayer, wijkLayer, problems);
		InputFile mapping = (stadsdelen != null) ? stadsdelen : BundledZwolle.stadsdelenFor(gemeente);
		String name = (options.gemeenteName() != null) ? options.gemeenteName() : BundledZwolle.nameOf(gemeente);
		String checksum = new Checksum("geojson", gemeente, name, String.valueOf(year)).add(buurten)
			.add(wijken)
			.add(mapping)
			.hex();
		return validateAndLoad(buurtLayer, wijkLayer, mapping, gemeente, name, year,
				(year != null) ? Sources.cbsGeneralised(year) : null, checksum,
				fileNames(buurten.name(), wijken.name(), mapping), options, problems);
	}

	/**
	 * Imports one gemeente from a CBS Wijk- en Buurtkaart GeoPackage.
	 * @param geoPackage the GeoPackage
	 * @param stadsdelen the stadsdeel mapping, or null
	 * @param options the gemeente (required) and other options
	 * @return what the import did
	 */
	public ImportResult importGeoPackage(Path geoPackage, Path stadsdelen, ImportOptions options) {
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
				: layerYear(content.buurten(), content.wijken(), null);
		year = (year != null) ? year : yearInName(geoPackage, problems);
		InputFile mapping = (stadsdelen != null) ? InputFile.of(stadsdelen) : BundledZwolle.stadsdelenFor(gemeente);
		String name = (options.gemeenteName() != null) ? options.gemeenteName()
				: (content.gemeenteName() != null) ? content.gemeenteName() : BundledZwolle.nameOf(gemeente);
		String checksum = new Checksum("geopackage", gemeente, name, String.valueOf(year)).add(geoPackage)
			.add(mapping)
			.hex();
		return validateAndLoad(content.buurten(), content.wijken(), mapping, gemeente, name, year,
				(year != null) ? Sources.cbsFullResolution(year) : null, checksum,
				fileNames(geoPackage.getFileName().toString(), null, mapping), options, problems);
	}

	private ImportResult validateAndLoad(AreaLayer buurten, AreaLayer wijken, InputFile mapping, String gemeente,
			String name, Integer year, SourceRecord source, String checksum, String fileNames, ImportOptions options,
			Problems problems) {
		List<StadsdeelMembership> stadsdelen = (mapping != null)
				? new StadsdeelCsvReader().read(mapping.name(), mapping.content(), problems) : List.of();
		if (gemeente != null) {
			new DatasetValidator().validate(buurten, wijken, stadsdelen, gemeente, problems);
		}
		problems.throwIfAny();
		Map<String, String> wijkNames = new LinkedHashMap<>();
		wijken.features().forEach((wijk) -> wijkNames.put(wijk.code(), wijk.name()));
		return this.loader.load(new AreaDataset(gemeente, name, year, source, buurten.features(), wijkNames, stadsdelen,
				checksum, fileNames), options.force());
	}

	private static String inferGemeente(AreaLayer buurten, Problems problems) {
		Set<String> gemeenten = new TreeSet<>();
		buurten.features()
			.stream()
			.filter((buurt) -> AreaLevel.BUURT.matches(buurt.code()))
			.forEach((buurt) -> gemeenten.add(AreaLevel.gemeenteOf(buurt.code())));
		if (gemeenten.size() == 1) {
			return gemeenten.iterator().next();
		}
		if (buurten.readable()) {
			problems.add(buurten.file(), null,
					gemeenten.isEmpty() ? "no buurt code names a gemeente" : "the buurten belong to several gemeenten ("
							+ String.join(", ", gemeenten) + "); say which one to import");
		}
		return null;
	}

	/** The one year both layers state; a conflict is a problem, silence is null. */
	private static Integer layerYear(AreaLayer buurten, AreaLayer wijken, Problems problems) {
		if (buurten.year() != null && wijken.year() != null && !buurten.year().equals(wijken.year())) {
			if (problems != null) {
				problems.add(wijken.file(), null,
						"states year " + wijken.year() + " while " + buurten.file() + " states " + buurten.year());
			}
			return null;
		}
		Integer year = (buurten.year() != null) ? buurten.year() : wijken.year();
		if (year == null && problems != null && buurten.readable() && wijken.readable()) {
			problems.add(buurten.file(), null, "the boundary year is unknown: the files state none; pass it");
		}
		return year;
	}

	private static Integer yearInName(Path file, Problems problems) {
		Matcher matcher = YEAR_IN_NAME.matcher(file.getFileName().toString());
		if (matcher.find()) {
			return Integer.valueOf(matcher.group(1));
		}
		problems.add(file.getFileName().toString(), null,
				"the boundary year is unknown: neither the layers nor the file name state it; pass it");
		return null;
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

}
