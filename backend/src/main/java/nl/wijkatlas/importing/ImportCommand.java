package nl.wijkatlas.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.AreaImporter;
import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.ImportOptions;
import nl.wijkatlas.geodata.ImportResult;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./wijkatlas import FILE... [--gemeente GM0193] [--name Zwolle] [--year 2025] [--force]}:
 * imports area files in one transaction and exits; non-zero, with every problem listed,
 * when the import is refused.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "wijkatlas.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final DataSource dataSource;

	private int exitCode;

	ImportCommand(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			ImportRequest request = ImportRequest.parse(args.getSourceArgs());
			ImportResult result = new AreaImporter(this.dataSource).importFiles(request.files(), request.options());
			System.out.println(result.summary());
		}
		catch (ImportException ex) {
			System.err.println(ex.getMessage());
			this.exitCode = 1;
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			this.exitCode = 2;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	record ImportRequest(List<Path> files, ImportOptions options) {

		static ImportRequest parse(String[] args) {
			List<Path> files = new ArrayList<>();
			ImportOptions options = ImportOptions.defaults();
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.startsWith("--spring.") || arg.startsWith("--wijkatlas.") || arg.startsWith("--logging.")) {
					continue;
				}
				switch (arg) {
					case "--gemeente" -> options = options.withGemeente(value(args, ++i, arg));
					case "--name" -> options = options.withGemeenteName(value(args, ++i, arg));
					case "--year" -> options = options.withBoundaryYear(year(value(args, ++i, arg)));
					case "--force" -> options = options.withForce(true);
					default -> {
						if (arg.startsWith("--")) {
							throw new IllegalArgumentException("unknown option " + arg
									+ "; usage: ./wijkatlas import FILE... [--gemeente GM0193] [--name NAME] [--year 2025] [--force]");
						}
						Path file = Path.of(arg);
						if (!Files.isRegularFile(file)) {
							throw new IllegalArgumentException("no such file: " + arg);
						}
						files.add(file);
					}
				}
			}
			if (files.isEmpty()) {
				throw new IllegalArgumentException("usage: ./wijkatlas import FILE... [--gemeente GM0193] [--force]");
			}
			return new ImportRequest(files, options);
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
