package nl.wijkatlas.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * GDAL's command-line tools (Debian's {@code gdal-bin}, which {@code ./wijkatlas test}
 * installs) as a real client of the app's open-data endpoints. Fails — never skips — when
 * they are missing; a run that exits non-zero or prints an ERROR fails the test.
 */
public final class Gdal {

	private Gdal() {
	}

	public static String ogrinfo(String... arguments) {
		return run("ogrinfo", arguments);
	}

	public static String ogr2ogr(String... arguments) {
		return run("ogr2ogr", arguments);
	}

	public static String run(String tool, String... arguments) {
		String executable = findOnPath(tool).orElseGet(() -> fail(tool
				+ " not found on PATH: install Debian's gdal-bin (apt-get install gdal-bin; ./wijkatlas test does)"));
		List<String> command = new ArrayList<>();
		command.add(executable);
		command.addAll(Arrays.asList(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("NO_PROXY", "localhost,127.0.0.1");
		builder.environment().put("no_proxy", "localhost,127.0.0.1");
		try {
			Process process = builder.start();
			byte[] bytes = process.getInputStream().readAllBytes();
			boolean finished = process.waitFor(2, TimeUnit.MINUTES);
			String output = new String(bytes, StandardCharsets.UTF_8);
			if (!finished) {
				process.destroyForcibly();
				fail("%s did not finish within 2 minutes:%n%s", tool, output);
			}
			assertThat(process.exitValue()).as("exit code of %s; output:%n%s", command, output).isZero();
			assertThat(output).doesNotContain("ERROR");
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<String> findOnPath(String name) {
		String path = System.getenv().getOrDefault("PATH", "");
		return Arrays.stream(path.split(File.pathSeparator))
			.map((dir) -> new File(dir, name))
			.filter((file) -> file.isFile() && file.canExecute())
			.map(File::getAbsolutePath)
			.findFirst();
	}

}
