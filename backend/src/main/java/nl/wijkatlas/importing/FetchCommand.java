package nl.wijkatlas.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.fetch.FetchRequest;
import nl.wijkatlas.geodata.fetch.FetchSettings;
import nl.wijkatlas.geodata.fetch.GemeenteFetch;
import nl.wijkatlas.geodata.fetch.KwbTables;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./wijkatlas fetch --gemeente GM0200 [--year 2024] ...}: a gemeente's wijk and
 * buurt boundaries from PDOK and its CBS Kerncijfers wijken en buurten from CBS, loaded
 * in one transaction ({@link GemeenteFetch}), then exits; non-zero, with the reason, when
 * the fetch fails (then nothing was written).
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "wijkatlas.command", havingValue = "fetch")
class FetchCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String USAGE = """
			usage: ./wijkatlas fetch --gemeente GM0200 [--year 2024] [--force]
			         [--from FILE.gpkg | --from buurten.json --from wijken.json] [--cbs-from DIR | --no-figures]
			         [--pdok-url URL] [--cbs-url URL] [--tables 2026=86400NED,...]""";

	private final DataSource dataSource;

	private final FetchProperties properties;

	private int exitCode;

	FetchCommand(DataSource dataSource, FetchProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			Arguments arguments = Arguments.parse(args.getSourceArgs(), this.properties.settings());
			System.out
				.println(new GemeenteFetch(this.dataSource, arguments.settings()).fetch(arguments.request()).summary());
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

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/**
	 * The command line.
	 *
	 * @param request what to fetch
	 * @param settings where to ask
	 */
	record Arguments(FetchRequest request, FetchSettings settings) {

		static Arguments parse(String[] args, FetchSettings defaults) {
			String gemeente = null;
			Integer year = null;
			List<Path> from = new ArrayList<>();
			Path cbsFrom = null;
			boolean figures = true;
			boolean force = false;
			FetchSettings settings = defaults;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.startsWith("--spring.") || arg.startsWith("--wijkatlas.") || arg.startsWith("--logging.")) {
					continue;
				}
				switch (arg) {
					case "--gemeente" -> gemeente = value(args, ++i, arg);
					case "--year" -> year = year(value(args, ++i, arg));
					case "--from" -> from.add(existing(value(args, ++i, arg), false));
					case "--cbs-from" -> cbsFrom = existing(value(args, ++i, arg), true);
					case "--no-figures" -> figures = false;
					case "--force" -> force = true;
					case "--pdok-url" -> settings = settings.withPdokUrl(url(value(args, ++i, arg), arg));
					case "--cbs-url" -> settings = settings.withCbsUrl(url(value(args, ++i, arg), arg));
					case "--tables" ->
						settings = settings.withTables(merge(settings, KwbTables.parse(value(args, ++i, arg))));
					default -> throw new IllegalArgumentException("unknown argument " + arg);
				}
			}
			if (gemeente == null) {
				throw new IllegalArgumentException(
						"say which gemeente to fetch with --gemeente, e.g. --gemeente GM0200");
			}
			if (cbsFrom != null && !figures) {
				throw new IllegalArgumentException("--cbs-from and --no-figures exclude each other");
			}
			return new Arguments(new FetchRequest(gemeente, year, from, cbsFrom, figures, force), settings);
		}

		private static java.util.Map<Integer, String> merge(FetchSettings settings,
				java.util.Map<Integer, String> more) {
			java.util.Map<Integer, String> tables = new java.util.TreeMap<>(settings.tables());
			tables.putAll(more);
			return tables;
		}

		private static String value(String[] args, int index, String option) {
			if (index >= args.length || args[index].startsWith("--")) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return args[index];
		}

		private static int year(String text) {
			if (!text.matches("(19|20)[0-9]{2}")) {
				throw new IllegalArgumentException("--year must be a year such as 2024, was " + text);
			}
			return Integer.parseInt(text);
		}

		private static String url(String text, String option) {
			if (!text.matches("https?://\\S+")) {
				throw new IllegalArgumentException(option + " must be an http(s) URL, was " + text);
			}
			return text;
		}

		private static Path existing(String text, boolean directory) {
			Path path = Path.of(text);
			if (directory ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
				throw new IllegalArgumentException((directory ? "no such directory: " : "no such file: ") + text);
			}
			return path;
		}

	}

}
