package nl.wijkatlas.geodata.command;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.fetch.FetchSettings;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The import program: {@code ./wijkatlas import} and {@code ./wijkatlas fetch} run it,
 * and so does the benchmark. A plain {@code main}, no Spring context: it finds the
 * database as the app does ({@link Database}), migrates its schema with the app's Flyway
 * migrations, runs one command and exits — 0 when it succeeded, 1 when the data or the
 * database refused (then nothing was written), 2 when the arguments are wrong (with the
 * command's usage).
 * <ul>
 * <li>{@code import ...}: files ({@link ImportCommand})</li>
 * <li>{@code fetch --gemeente GM0200 ...}: a gemeente from PDOK and CBS
 * ({@link FetchCommand}); {@code WIJKATLAS_FETCH_PDOKURL}, {@code WIJKATLAS_FETCH_CBSURL}
 * and {@code WIJKATLAS_FETCH_TABLES} configure it as they configure the app</li>
 * <li>{@code bundled}: the bundled datasets, as the app imports them at start-up
 * ({@link BundledData})</li>
 * </ul>
 * It runs from the app's jar ({@code -Dloader.main=nl.wijkatlas.geodata.command.Main}
 * with Spring Boot's {@code PropertiesLauncher}), which carries the migrations and a
 * logging backend.
 */
public final class Main {

	static final String USAGE = "usage: nl.wijkatlas.geodata.command.Main import|fetch|bundled [ARGUMENTS...]";

	static final String BUNDLED_USAGE = "usage: nl.wijkatlas.geodata.command.Main bundled";

	/** The program's logging set-up, when logback (the app's backend) is present. */
	static final String LOGGING = "nl/wijkatlas/geodata/command/logback.xml";

	private Main() {
	}

	public static void main(String[] args) {
		// Before any logger exists: without it, logback would log everything at DEBUG.
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", LOGGING);
		}
		System.exit(run(args, System.getenv(), System.out, System.err));
	}

	/**
	 * Runs one command.
	 * @param args the command's name and its arguments
	 * @param environment the environment variables (the database, the fetch settings)
	 * @param out where the result goes
	 * @param err where errors go
	 * @return the exit code: 0 done, 1 refused (nothing written), 2 wrong arguments
	 */
	public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
		String name = (args.length > 0) ? args[0] : "";
		String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
		String usage = switch (name) {
			case "import" -> ImportCommand.USAGE;
			case "fetch" -> FetchCommand.USAGE;
			case "bundled" -> BUNDLED_USAGE;
			default -> null;
		};
		if (usage == null) {
			err.println(name.isEmpty() ? "name a command" : "unknown command " + name);
			err.println(USAGE);
			return 2;
		}
		try {
			Command command = switch (name) {
				case "import" -> ImportCommand.parse(rest);
				case "fetch" ->
					FetchCommand.parse(rest, FetchSettings.configured(environment.get("WIJKATLAS_FETCH_PDOKURL"),
							environment.get("WIJKATLAS_FETCH_CBSURL"), environment.get("WIJKATLAS_FETCH_TABLES")));
				default -> bundled(rest);
			};
			PGSimpleDataSource dataSource = database(environment);
			Database.migrate(dataSource);
			out.println(command.run(dataSource));
			return 0;
		}
		catch (ImportException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(usage);
			return 2;
		}
	}

	private static PGSimpleDataSource database(Map<String, String> environment) {
		try {
			return Database.fromEnvironment(environment);
		}
		catch (IllegalArgumentException ex) {
			// The environment is at fault, not the command line: no usage.
			throw new ImportException(ex.getMessage(), ex);
		}
	}

	private static Command bundled(String[] args) {
		if (args.length > 0) {
			throw new IllegalArgumentException("unknown argument " + args[0]);
		}
		return new BundledData();
	}

}
