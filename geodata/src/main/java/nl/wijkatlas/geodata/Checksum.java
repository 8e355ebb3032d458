package nl.wijkatlas.geodata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of an import's files and parameters. The parameters count too (the same
 * file imported for another year or name is another import), and so does {@link #FORMAT},
 * which changes when the importer's output for the same files changes.
 */
public final class Checksum {

	// Bump when the import writes differently from the same files, so existing databases
	// re-import.
	static final String FORMAT = "wijkatlas-area-import/2";

	private final MessageDigest digest;

	public Checksum(String... parameters) {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		text(FORMAT);
		for (String parameter : parameters) {
			text(String.valueOf(parameter));
		}
	}

	public Checksum add(InputFile file) {
		if (file != null) {
			text(String.valueOf(file.content().length));
			this.digest.update(file.content());
		}
		return this;
	}

	public Checksum add(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			text(String.valueOf(Files.size(file)));
			byte[] buffer = new byte[1 << 16];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				this.digest.update(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw new ImportException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
		return this;
	}

	public String hex() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

	private void text(String value) {
		this.digest.update((value + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
