package nl.wijkatlas.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the import program ({@code nl.wijkatlas.geodata.command.Main}) as
 * {@code ./wijkatlas import} and {@code ./wijkatlas fetch} do — its own JVM, a plain
 * {@code main} without a Spring context — on this test's classpath, which carries the
 * app's migrations and logging backend as the app's jar does. The child inherits the
 * environment ({@code DATABASE_URL}: the test database); stdout and stderr go to
 * {@code log}.
 */
public final class ImportCommandProcess {

	private ImportCommandProcess() {
	}

	/**
	 * {@code ./wijkatlas import ARGS...} against the test database.
	 * @param log where the output goes
	 * @param args the import's arguments
	 * @return the process
	 * @throws IOException when it cannot start
	 */
	public static Process start(Path log, String... args) throws IOException {
		return start(log, Map.of(), "import", args);
	}

	/**
	 * {@code ./wijkatlas COMMAND ARGS...} with changes to the inherited environment.
	 * @param log where the output goes
	 * @param environment variables to set; an empty value removes the variable
	 * @param command {@code import}, {@code fetch} or {@code bundled}
	 * @param args the command's arguments
	 * @return the process
	 * @throws IOException when it cannot start
	 */
	public static Process start(Path log, Map<String, String> environment, String command, String... args)
			throws IOException {
		List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "nl.wijkatlas.geodata.command.Main", command));
		line.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
		environment.forEach((name, value) -> {
			if (value.isEmpty()) {
				builder.environment().remove(name);
			}
			else {
				builder.environment().put(name, value);
			}
		});
		return builder.start();
	}

}
