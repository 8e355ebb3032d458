package nl.wijkatlas.geodata.gebied;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.load.ImportTransaction;
import nl.wijkatlas.geodata.load.Sql;

/**
 * Imports the free-form gebieden of one gemeente from a gebieden file (see
 * {@link GebiedCsvReader}). Each gebied becomes an area of level GEBIED under its
 * gemeente, its boundary the union of its buurten's current boundaries (PostGIS
 * {@code ST_Union}, RD New). The file and its buurten are checked first, with every
 * problem reported by file and line and nothing written; then everything is loaded in one
 * transaction (see {@link GebiedLoader}). The file is the gemeente's whole list: gebieden
 * it no longer has are removed, unless other rows still reference them.
 */
public final class GebiedImporter {

	private final DataSource dataSource;

	public GebiedImporter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Imports a gebieden file.
	 * @param input the file
	 * @param force load even when the same file was imported before over the same buurten
	 * @return what the import did
	 * @throws ImportException when the file is refused or the database refuses the data;
	 * nothing was written
	 */
	public GebiedImportResult importFile(InputFile input, boolean force) {
		Problems problems = new Problems();
		List<Gebied> gebieden = new GebiedCsvReader().read(input, problems);
		problems.throwIfAny();
		checkBuurten(gebieden, problems);
		problems.throwIfAny();
		return ImportTransaction.run(this.dataSource, input.name(),
				(connection) -> new GebiedLoader(connection).load(input, gebieden, force));
	}

	/**
	 * Every buurt must exist, with a current boundary, before a gebied is built from it.
	 */
	private void checkBuurten(List<Gebied> gebieden, Problems problems) {
		Set<String> known = new HashSet<>();
		Set<String> gemeenten = new HashSet<>();
		try (Connection connection = this.dataSource.getConnection()) {
			String[] wanted = gebieden.stream()
				.flatMap((g) -> g.buurtCodes().stream())
				.distinct()
				.toArray(String[]::new);
			known.addAll(Sql.query(connection,
					"select a.code from area a join area_boundary b on b.area_code = a.code and b.is_current "
							+ "where a.level = 'BUURT' and a.code = any(?)",
					(row) -> row.getString(1), connection.createArrayOf("text", wanted)));
			gemeenten.addAll(
					Sql.query(connection, "select code from area where level = 'GEMEENTE'", (row) -> row.getString(1)));
		}
		catch (SQLException ex) {
			throw new ImportException("Cannot read the areas to check the gebieden against: " + ex.getMessage(), ex);
		}
		for (Gebied gebied : gebieden) {
			if (!gemeenten.contains(gebied.gemeenteCode())) {
				problems.add(gebied.file(), gebied.line(), "gemeente " + gebied.gemeenteCode() + " of " + gebied.code()
						+ " is not in the database; import its areas first");
				continue;
			}
			List<String> unknown = gebied.buurtCodes().stream().filter((code) -> !known.contains(code)).toList();
			if (!unknown.isEmpty()) {
				problems.add(gebied.file(), gebied.line(), "unknown buurt " + String.join(", ", unknown)
						+ ": not in the database with a current boundary");
			}
		}
	}

}
