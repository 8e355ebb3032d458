package nl.wijkatlas.geodata.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.area.AreaImporter;
import nl.wijkatlas.geodata.area.ImportOptions;
import nl.wijkatlas.geodata.content.ContentImporter;
import nl.wijkatlas.geodata.gebied.GebiedImporter;
import nl.wijkatlas.geodata.indicator.IndicatorImportOptions;
import nl.wijkatlas.geodata.indicator.IndicatorImporter;

/**
 * {@code ./wijkatlas import ...}: imports files in one transaction per dataset; when the
 * import is refused, every problem is listed and nothing was written.
 * <ul>
 * <li>{@code FILE... [--gemeente GM0193] [--name Zwolle] [--year 2025]}: area boundaries
 * (CBS GeoJSON buurt + wijk layers, or a Wijk- en Buurtkaart GeoPackage; optional
 * stadsdeel CSV)</li>
 * <li>{@code --figures FILE... [--period 2025] [--source TEXT]}: indicator values (CSV,
 * long CSV, CBS StatLine OData JSON, indicator definitions)</li>
 * <li>{@code --gebieden FILE}: free-form gebieden built from buurten</li>
 * <li>{@code --content DIR --gemeente GM1771}: opgaven, kredieten, initiatives, stories,
 * ... of that gemeente</li>
 * </ul>
 * {@code --force} imports even when the same files were imported before.
 *
 * @param kind what the files hold
 * @param files the files (or the content folder)
 * @param areaOptions the options of an area import
 * @param figureOptions the options of a figure import
 * @param gemeente the gemeente named with {@code --gemeente}, or null
 * @param force whether to import files imported before
 */
public record ImportCommand(Kind kind, List<Path> files, ImportOptions areaOptions,
		IndicatorImportOptions figureOptions, String gemeente, boolean force) implements Command {

	static final String USAGE = """
			usage: ./wijkatlas import FILE... [--gemeente GM0193] [--name NAME] [--year 2025] [--force]
			       ./wijkatlas import --figures FILE... [--period 2025] [--source TEXT] [--force]
			       ./wijkatlas import --gebieden FILE [--force]
			       ./wijkatlas import --content DIR --gemeente GM1771""";

	/** What the files hold. */
	public enum Kind {

		AREAS, FIGURES, GEBIEDEN, CONTENT

	}

	/**
	 * Parses the command line after {@code import}.
	 * @param args the arguments
	 * @return the command
	 * @throws IllegalArgumentException naming what is wrong with the arguments
	 */
	public static ImportCommand parse(String... args) {
		Kind kind = Kind.AREAS;
		List<Path> files = new ArrayList<>();
		ImportOptions areas = ImportOptions.defaults();
		IndicatorImportOptions figures = IndicatorImportOptions.defaults();
		String gemeente = null;
		boolean force = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--figures" -> kind = Kind.FIGURES;
				case "--gebieden" -> kind = Kind.GEBIEDEN;
				case "--content" -> kind = Kind.CONTENT;
				case "--gemeente" -> {
					gemeente = CommandLine.value(args, ++i, arg);
					areas = areas.withGemeente(gemeente);
				}
				case "--name" -> areas = areas.withGemeenteName(CommandLine.value(args, ++i, arg));
				case "--year" -> areas = areas.withBoundaryYear(year(CommandLine.value(args, ++i, arg)));
				case "--period" -> figures = figures.withPeriod(CommandLine.value(args, ++i, arg));
				case "--source" -> figures = figures.withSource(CommandLine.value(args, ++i, arg));
				case "--force" -> force = true;
				default -> files.add(existing(arg));
			}
		}
		if (files.isEmpty() || ((kind == Kind.GEBIEDEN || kind == Kind.CONTENT) && files.size() != 1)) {
			throw new IllegalArgumentException("name the file(s) to import");
		}
		if (kind == Kind.CONTENT && gemeente == null) {
			// Content is kept per gemeente; no gemeente is assumed.
			throw new IllegalArgumentException("say whose content it is with --gemeente, e.g. --gemeente GM1771");
		}
		return new ImportCommand(kind, files, areas.withForce(force), figures.withForce(force), gemeente, force);
	}

	@Override
	public String run(DataSource dataSource) {
		return switch (this.kind) {
			case AREAS -> new AreaImporter(dataSource).importFiles(this.files, this.areaOptions).summary();
			case FIGURES -> new IndicatorImporter(dataSource)
				.importFiles(this.files.stream().map(InputFile::of).toList(), this.figureOptions)
				.summary();
			case GEBIEDEN ->
				new GebiedImporter(dataSource).importFile(InputFile.of(this.files.get(0)), this.force).summary();
			case CONTENT -> new ContentImporter(dataSource).importDirectory(this.gemeente, this.files.get(0)).summary();
		};
	}

	private static Path existing(String arg) {
		if (arg.startsWith("--")) {
			throw new IllegalArgumentException("unknown option " + arg);
		}
		Path path = Path.of(arg);
		if (!Files.exists(path)) {
			throw new IllegalArgumentException("no such file or directory: " + arg);
		}
		return path;
	}

	private static int year(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--year must be a year such as 2025, was " + text);
		}
	}

}
