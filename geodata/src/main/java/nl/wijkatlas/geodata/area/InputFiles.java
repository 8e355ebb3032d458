package nl.wijkatlas.geodata.area;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.InputFile;

/**
 * Files given on a command line, sorted into their roles by name and, for GeoJSON whose
 * name does not tell, by content.
 *
 * @param geoPackage a CBS GeoPackage, or null
 * @param buurten a GeoJSON buurt layer, or null
 * @param wijken a GeoJSON wijk layer, or null
 * @param stadsdelen a stadsdeel CSV, or null
 */
record InputFiles(Path geoPackage, Path buurten, Path wijken, Path stadsdelen) {

	private static final Pattern BUURT_CONTENT = Pattern
		.compile("\"(?:rubriek\"\\s*:\\s*\"buurt|statcode\"\\s*:\\s*\"BU)");

	static InputFiles classify(List<Path> files) {
		InputFiles input = new InputFiles(null, null, null, null);
		for (Path file : files) {
			InputFile.requireRegularFile(file);
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".gpkg")) {
				input = input.with(input.geoPackage, file, 0);
			}
			else if (name.endsWith(".csv")) {
				input = input.with(input.stadsdelen, file, 3);
			}
			else if (name.endsWith(".geojson") || name.endsWith(".json")) {
				boolean buurt = name.contains("buurt") || (!name.contains("wijk") && looksLikeBuurten(file));
				input = buurt ? input.with(input.buurten, file, 1) : input.with(input.wijken, file, 2);
			}
			else {
				throw new ImportException(file + ": unknown kind of file; expected .geojson, .json, .gpkg or .csv");
			}
		}
		boolean geoJsonPair = input.buurten != null && input.wijken != null;
		if ((input.geoPackage == null) == !geoJsonPair
				|| (input.geoPackage != null && (input.buurten != null || input.wijken != null))) {
			throw new ImportException("Give either one CBS GeoPackage, or a GeoJSON buurt layer and a GeoJSON wijk "
					+ "layer (optionally with a stadsdeel CSV); got " + files);
		}
		return input;
	}

	private InputFiles with(Path current, Path file, int role) {
		if (current != null) {
			throw new ImportException("Two files for the same role: " + current + " and " + file);
		}
		return switch (role) {
			case 0 -> new InputFiles(file, this.buurten, this.wijken, this.stadsdelen);
			case 1 -> new InputFiles(this.geoPackage, file, this.wijken, this.stadsdelen);
			case 2 -> new InputFiles(this.geoPackage, this.buurten, file, this.stadsdelen);
			default -> new InputFiles(this.geoPackage, this.buurten, this.wijken, file);
		};
	}

	private static boolean looksLikeBuurten(Path file) {
		try {
			return BUURT_CONTENT.matcher(Files.readString(file)).find();
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
