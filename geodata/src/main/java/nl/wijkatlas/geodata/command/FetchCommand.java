package nl.wijkatlas.geodata.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.fetch.FetchRequest;
import nl.wijkatlas.geodata.fetch.FetchSettings;
import nl.wijkatlas.geodata.fetch.GemeenteFetch;
import nl.wijkatlas.geodata.fetch.KwbTables;

/**
 * {@code ./wijkatlas fetch --gemeente GM0200 [--year 2024] ...}: a gemeente's wijk and
 * buurt boundaries from PDOK and its CBS Kerncijfers wijken en buurten from CBS, loaded
 * in one transaction ({@link GemeenteFetch}); when the fetch fails, nothing was written.
 *
 * @param request what to fetch
 * @param settings where to ask
 */
public record FetchCommand(FetchRequest request, FetchSettings settings) implements Command {

	static final String USAGE = """
			usage: ./wijkatlas fetch --gemeente GM0200 [--year 2024] [--force]
			         [--from FILE.gpkg | --from buurten.json --from wijken.json] [--cbs-from DIR | --no-figures]
			         [--pdok-url URL] [--cbs-url URL] [--tables 2026=86400NED,...]""";

	/**
	 * Parses the command line after {@code fetch}.
	 * @param args the arguments
	 * @param defaults the settings the options change (the configured ones)
	 * @return the command
	 * @throws IllegalArgumentException naming what is wrong with the arguments
	 */
	public static FetchCommand parse(String[] args, FetchSettings defaults) {
		String gemeente = null;
		Integer year = null;
		List<Path> from = new ArrayList<>();
		Path cbsFrom = null;
		boolean figures = true;
		boolean force = false;
		FetchSettings settings = defaults;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--gemeente" -> gemeente = CommandLine.value(args, ++i, arg);
				case "--year" -> year = year(CommandLine.value(args, ++i, arg));
				case "--from" -> from.add(CommandLine.existing(CommandLine.value(args, ++i, arg), false));
				case "--cbs-from" -> cbsFrom = CommandLine.existing(CommandLine.value(args, ++i, arg), true);
				case "--no-figures" -> figures = false;
				case "--force" -> force = true;
				case "--pdok-url" -> settings = settings.withPdokUrl(url(CommandLine.value(args, ++i, arg), arg));
				case "--cbs-url" -> settings = settings.withCbsUrl(url(CommandLine.value(args, ++i, arg), arg));
				case "--tables" ->
					settings = settings.withTables(merge(settings, KwbTables.parse(CommandLine.value(args, ++i, arg))));
				default -> throw new IllegalArgumentException("unknown argument " + arg);
			}
		}
		if (gemeente == null) {
			throw new IllegalArgumentException("say which gemeente to fetch with --gemeente, e.g. --gemeente GM0200");
		}
		if (cbsFrom != null && !figures) {
			throw new IllegalArgumentException("--cbs-from and --no-figures exclude each other");
		}
		return new FetchCommand(new FetchRequest(gemeente, year, from, cbsFrom, figures, force), settings);
	}

	@Override
	public String run(DataSource dataSource) {
		return new GemeenteFetch(dataSource, this.settings).fetch(this.request).summary();
	}

	private static Map<Integer, String> merge(FetchSettings settings, Map<Integer, String> more) {
		Map<Integer, String> tables = new TreeMap<>(settings.tables());
		tables.putAll(more);
		return tables;
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

}
