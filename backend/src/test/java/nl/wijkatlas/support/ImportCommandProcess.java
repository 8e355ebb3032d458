package nl.wijkatlas.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code ./wijkatlas import ARGS...} as the script does — its own JVM, no web
 * server, no bundled import — on this test's classpath, against the test database (the
 * child inherits {@code DATABASE_URL}); stdout and stderr go to {@code log}.
 */
public final class ImportCommandProcess {

	private ImportCommandProcess() {
	}

	public static Process start(Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), "nl.wijkatlas.WijkatlasApplication",
				"--spring.main.web-application-type=none", "--wijkatlas.command=import",
				"--wijkatlas.import-bundled=false", "--logging.level.root=warn", "--spring.main.banner-mode=off"));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

}
