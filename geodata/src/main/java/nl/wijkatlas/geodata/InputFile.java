package nl.wijkatlas.geodata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * A small input file held in memory (GeoJSON, CSV), from disk or from the classpath.
 *
 * @param name the name used in messages and in the import log
 * @param content the bytes
 */
public record InputFile(String name, byte[] content) {

	public static InputFile of(Path path) {
		requireRegularFile(path);
		// O_NOFOLLOW as well: a link swapped in after the check must not be followed
		// either
		try (SeekableByteChannel channel = Files.newByteChannel(path,
				Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
				InputStream in = Channels.newInputStream(channel)) {
			return new InputFile(path.getFileName().toString(), in.readAllBytes());
		}
		catch (IOException ex) {
			// The exception's own message is left out: it could quote what lies behind
			// the path
			throw new ImportException(path + ": cannot be read (" + ex.getClass().getSimpleName() + ")", ex);
		}
	}

	/**
	 * Refuses anything but an existing regular file, without following a symbolic link:
	 * an import names the file it means, and a link could point the importer (and its
	 * error messages) at a file it should never read, such as {@code /etc/passwd}.
	 * @param path the path given
	 * @throws ImportException naming what the path is instead
	 */
	public static void requireRegularFile(Path path) {
		if (Files.isSymbolicLink(path)) {
			throw new ImportException(path + ": is a symbolic link; give the file itself (links are not followed)");
		}
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			throw new ImportException(path + ": is a directory, not a file");
		}
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			throw new ImportException(path + ": no such file");
		}
		if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
			throw new ImportException(path + ": is not a regular file (a device, pipe or socket)");
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
