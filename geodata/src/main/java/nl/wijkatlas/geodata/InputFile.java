package nl.wijkatlas.geodata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small input file held in memory (GeoJSON, CSV), from disk or from the classpath.
 *
 * @param name the name used in messages and in the import log
 * @param content the bytes
 */
public record InputFile(String name, byte[] content) {

	public static InputFile of(Path path) {
		try {
			return new InputFile(path.getFileName().toString(), Files.readAllBytes(path));
		}
		catch (IOException ex) {
			throw new ImportException("Cannot read " + path + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads a classpath resource.
	 * @param resource e.g. {@code datasets/zwolle/stadsdelen.csv}
	 * @return the file, named by its resource path
	 */
	public static InputFile ofResource(String resource) {
		try (InputStream in = InputFile.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new ImportException("Bundled dataset " + resource + " is not on the classpath");
			}
			return new InputFile(resource, in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
