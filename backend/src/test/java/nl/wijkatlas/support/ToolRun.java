package nl.wijkatlas.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs an outside tool (Node programs from {@code qa/} and {@code web/}: the browser
 * tests, the GraphQL-over-HTTP audit, the GraphQL clients, the OpenAPI lint) as a test
 * step: its output goes to the test log line by line under a prefix, and to
 * {@code target/<name>.txt}; the step fails unless the tool finished in time with exit
 * code 0.
 */
public final class ToolRun {

	private ToolRun() {
	}

	/**
	 * Runs {@code node SCRIPT ARGUMENTS...} in {@code qa/} as {@link #expectSuccess}
	 * does, named after the script ({@code audit.mjs}: {@code audit}), once the npm
	 * package the script needs is installed there (npm ci --prefix qa;
	 * {@code ./wijkatlas test} does).
	 */
	public static String expectQaScriptSuccess(String script, String dependency, Duration limit, String... arguments)
			throws IOException, InterruptedException {
		Path qa = Path.of("..", "qa").toAbsolutePath().normalize();
		assertThat(qa.resolve("node_modules").resolve(dependency)).as("qa dependencies installed (npm ci --prefix qa)")
			.isDirectory();
		List<String> command = new ArrayList<>(List.of("node", script));
		command.addAll(List.of(arguments));
		return expectSuccess(new ProcessBuilder(command).directory(qa.toFile()), script.replaceFirst("\\.mjs$", ""),
				limit);
	}

	/** The tool's output, once it has finished in time and exited with 0. */
	public static String expectSuccess(ProcessBuilder builder, String name, Duration limit)
			throws IOException, InterruptedException {
		Process process = builder.redirectErrorStream(true).start();
		StringBuffer output = new StringBuffer();
		// The output is read on a thread of its own, so the limit bounds the whole run:
		// reading to the
		// end first would wait for as long as a hanging tool keeps its output open.
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					System.out.println("[" + name + "] " + line);
					output.append(line).append('\n');
				}
			}
			catch (IOException ex) {
				output.append("(output no longer readable: ").append(ex.getMessage()).append(")\n");
			}
		}, name + "-output");
		reader.start();
		boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
		if (!finished) {
			process.destroyForcibly();
		}
		reader.join(Duration.ofSeconds(10).toMillis());
		Files.writeString(Path.of("target", name + ".txt"), output);
		assertThat(finished).as("%s finished within %s", name, limit).isTrue();
		assertThat(process.exitValue()).as("%s exit code; output:%n%s", name, output).isZero();
		return output.toString();
	}

}
