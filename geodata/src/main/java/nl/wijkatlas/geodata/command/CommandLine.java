package nl.wijkatlas.geodata.command;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the commands' argument parsers share: an option's value, a year, a path that must
 * exist. Every mistake is an {@link IllegalArgumentException} whose message the program
 * prints above the command's usage (exit code 2).
 */
final class CommandLine {

	private CommandLine() {
	}

	/**
	 * The value after an option.
	 * @param args the arguments
	 * @param index where the value should be
	 * @param option the option, for the message
	 * @return the value
	 */
	static String value(String[] args, int index, String option) {
		// An option where its value should be means the value was forgotten.
		if (index >= args.length || args[index].startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	static Path existing(String text, boolean directory) {
		Path path = Path.of(text);
		if (directory ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
			throw new IllegalArgumentException((directory ? "no such directory: " : "no such file: ") + text);
		}
		return path;
	}

}
