package nl.wijkatlas.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command of {@code ./wijkatlas} answers {@code --help} with its usage, at once and
 * without installing, building or starting anything (a hostile tester got "unknown
 * option" from one and a 60-second load run from another). The commands come from the
 * script's own dispatcher, so a new command without a help text fails here.
 * {@code token}'s help is its Java command's ({@code DevTokenCommandTest}).
 */
class ScriptHelpTest {

	private static final Path SCRIPT = Path.of("..", "wijkatlas").toAbsolutePath().normalize();

	static Stream<String> commands() throws IOException {
		String script = Files.readString(SCRIPT);
		String dispatcher = script.substring(script.indexOf("main() {"));
		Matcher command = Pattern.compile("(?m)^    ([a-z]+)\\) cmd_").matcher(dispatcher);
		Stream.Builder<String> all = Stream.builder();
		while (command.find()) {
			if (!command.group(1).equals("token")) {
				all.add(command.group(1));
			}
		}
		return all.build();
	}

	@ParameterizedTest
	@MethodSource("commands")
	void shouldPrintTheUsageOfEveryCommandWithoutRunningIt(String command) throws Exception {
		for (String flag : List.of("--help", "-h")) {
			Process process = new ProcessBuilder("bash", SCRIPT.toString(), command, flag).redirectErrorStream(true)
				.start();
			assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("%s %s answered at once", command, flag).isTrue();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as(output).isZero();
			assertThat(output).contains("./wijkatlas " + command).doesNotContain("unknown command", "unknown option");
			assertThat(output.lines().count()).as("a usage line and what the command does").isGreaterThan(2);
		}
	}

	@ParameterizedTest
	@MethodSource("commands")
	void shouldAnswerHelpCommandLikeCommandHelp(String command) throws Exception {
		assertThat(run("help", command)).isEqualTo(run(command, "--help"));
	}

	private static String run(String... args) throws Exception {
		Process process = new ProcessBuilder(
				Stream.concat(Stream.of("bash", SCRIPT.toString()), Stream.of(args)).toList())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

}
