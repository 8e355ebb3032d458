package nl.wijkatlas.geodata.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.Checksum;
import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.load.ImportTransaction;
import nl.wijkatlas.geodata.load.Sql;

/**
 * Imports the domain content of one gemeente (sources, organisations, begrotingsdoelen,
 * kredieten, initiative schemes, initiatives, opgaven, stories) in one transaction: it
 * lands whole or not at all, and the same files imported twice change nothing. Records
 * that are no longer in the files are kept: they may be referenced by changes made
 * through the API.
 */
public final class ContentImporter {

	// Bump when the same files would be written differently, so existing databases
	// re-import.
	private static final String FORMAT = "wijkatlas-content-import/2";

	private final DataSource dataSource;

	public ContentImporter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Imports the content bundled on the classpath under
	 * {@code datasets/<folder>/content/}.
	 */
	public ContentResult importBundled(String gemeenteCode, String folder) {
		Map<String, InputFile> files = new LinkedHashMap<>();
		for (String name : ContentReader.FILES) {
			files.put(name, InputFile.ofResource("datasets/" + folder + "/content/" + name));
		}
		return importFiles(gemeenteCode, files);
	}

	/**
	 * Imports the content files of a directory (the same file names as the bundled
	 * content).
	 */
	public ContentResult importDirectory(String gemeenteCode, Path directory) {
		Map<String, InputFile> files = new LinkedHashMap<>();
		for (String name : ContentReader.FILES) {
			Path file = directory.resolve(name);
			if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
				throw new ImportException("Content directory " + directory + " has no " + name);
			}
			InputFile.requireRegularFile(file);
			files.put(name, InputFile.of(file));
		}
		return importFiles(gemeenteCode, files);
	}

	private ContentResult importFiles(String gemeenteCode, Map<String, InputFile> files) {
		Checksum checksum = new Checksum(FORMAT, gemeenteCode);
		files.values().forEach(checksum::add);
		String dataset = "content/" + gemeenteCode;
		String hex = checksum.hex();
		Content content = new ContentReader().read(files::get);
		return ImportTransaction.run(this.dataSource, dataset, (connection) -> load(connection, dataset, hex, content));
	}

	private ContentResult load(Connection connection, String dataset, String checksum, Content content)
			throws SQLException {
		ImportTransaction.LoggedImport last = ImportTransaction.latest(connection, dataset);
		if (last != null && checksum.equals(last.checksum())) {
			return ContentResult.of(content, false, ImportTransaction.dataVersion(connection, false));
		}
		Problems problems = new Problems();
		new ContentValidator(codes(connection, "select code from area"), indicatorCodes(connection), problems)
			.validate(content);
		problems.throwIfAny();
		new ContentWriter(connection).write(content);
		ContentResult written = ContentResult.of(content, true, 0);
		ImportTransaction.record(connection, dataset, checksum, String.join(", ", ContentReader.FILES),
				written.records(), true);
		return ContentResult.of(content, true, ImportTransaction.dataVersion(connection, true));
	}

	private static Set<String> indicatorCodes(Connection connection) throws SQLException {
		boolean present = Sql.queryOne(connection, "select to_regclass('indicator') is not null",
				(row) -> row.getBoolean(1));
		return present ? codes(connection, "select code from indicator") : null;
	}

	private static Set<String> codes(Connection connection, String sql) throws SQLException {
		return new HashSet<>(Sql.query(connection, sql, (row) -> row.getString(1)));
	}

}
