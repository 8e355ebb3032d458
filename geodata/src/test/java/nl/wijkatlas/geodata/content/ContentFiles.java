package nl.wijkatlas.geodata.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Copies of the bundled Zwolle content in a directory, one file edited by the test.
 */
final class ContentFiles {

	private ContentFiles() {
	}

	static Path copyWith(Path directory, String file, UnaryOperator<String> edit) {
		for (String name : ContentReader.FILES) {
			String text = bundled(name);
			write(directory.resolve(name), name.equals(file) ? edit.apply(text) : text);
		}
		return directory;
	}

	static String bundled(String name) {
		try (InputStream in = ContentFiles.class.getClassLoader()
			.getResourceAsStream("datasets/zwolle/content/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path path, String text) {
		try {
			Files.writeString(path, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
