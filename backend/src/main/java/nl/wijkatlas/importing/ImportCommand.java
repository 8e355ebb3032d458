package nl.wijkatlas.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.AreaImporter;
import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.ImportOptions;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.content.ContentImporter;
import nl.wijkatlas.geodata.gebied.GebiedImporter;
import nl.wijkatlas.geodata.indicator.IndicatorImportOptions;
import nl.wijkatlas.geodata.indicator.IndicatorImporter;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./wijkatlas import ...}: imports files in one transaction per dataset and exits;
 * non-zero, with every problem listed, when the import is refused (then nothing was
 * written).
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
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "wijkatlas.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String USAGE = """
			usage: ./wijkatlas import FILE... [--gemeente GM0193] [--name NAME] [--year 2025] [--force]
			       ./wijkatlas import --figures FILE... [--period 2025] [--source TEXT] [--force]
			       ./wijkatlas import --gebieden FILE [--force]
			       ./wijkatlas import --content DIR --gemeente GM1771""";

	private final DataSource dataSource;

	private int exitCode;

	ImportCommand(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			System.out.println(importAll(ImportRequest.parse(args.getSourceArgs())));
		}
		catch (ImportException ex) {
			System.err.println(ex.getMessage());
			this.exitCode = 1;
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			this.exitCode = 2;
		}
	}

	private String importAll(ImportRequest request) {
		return switch (request.kind()) {
			case AREAS ->
				new AreaImporter(this.dataSource).importFiles(request.files(), request.areaOptions()).summary();
			case FIGURES -> new IndicatorImporter(this.dataSource)
				.importFiles(request.files().stream().map(InputFile::of).toList(), request.figureOptions())
				.summary();
			case GEBIEDEN ->
				new GebiedImporter(this.dataSource).importFile(InputFile.of(request.files().get(0)), request.force())
					.summary();
			case CONTENT ->
				new ContentImporter(this.dataSource).importDirectory(request.gemeente(), request.files().get(0))
					.summary();
		};
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	enum Kind {

		AREAS, FIGURES, GEBIEDEN, CONTENT

	}

	record ImportRequest(Kind kind, List<Path> files, ImportOptions areaOptions, IndicatorImportOptions figureOptions,
			String gemeente, boolean force) {

		static ImportRequest parse(String[] args) {
			Kind kind = Kind.AREAS;
			List<Path> files = new ArrayList<>();
			ImportOptions areas = ImportOptions.defaults();
			IndicatorImportOptions figures = IndicatorImportOptions.defaults();
			String gemeente = null;
			boolean force = false;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.startsWith("--spring.") || arg.startsWith("--wijkatlas.") || arg.startsWith("--logging.")) {
					continue;
				}
				switch (arg) {
					case "--figures" -> kind = Kind.FIGURES;
					case "--gebieden" -> kind = Kind.GEBIEDEN;
					case "--content" -> kind = Kind.CONTENT;
					case "--gemeente" -> {
						gemeente = value(args, ++i, arg);
						areas = areas.withGemeente(gemeente);
					}
					case "--name" -> areas = areas.withGemeenteName(value(args, ++i, arg));
					case "--year" -> areas = areas.withBoundaryYear(year(value(args, ++i, arg)));
					case "--period" -> figures = figures.withPeriod(value(args, ++i, arg));
					case "--source" -> figures = figures.withSource(value(args, ++i, arg));
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
			return new ImportRequest(kind, files, areas.withForce(force), figures.withForce(force), gemeente, force);
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

		private static String value(String[] args, int index, String option) {
			if (index >= args.length) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return args[index];
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

}
