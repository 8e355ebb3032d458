package nl.wijkatlas.geodata.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.SourceRecord;

/**
 * One import transaction and its bookkeeping, as the area import keeps it: it lands whole
 * or not at all; imports are serialised by the same advisory lock; {@code source} rows
 * are upserted only when they differ; {@code data_version} is bumped only when a row
 * changed; {@code dataset_import} logs each import. Shared by every import: areas,
 * gebieden, figures and content.
 */
public final class ImportTransaction {

	/** The area import's advisory lock key: all imports take turns. */
	private static final long LOCK_KEY = 0x5769_6a6b_4172_6561L;

	/**
	 * The work done inside the transaction.
	 *
	 * @param <T> what it returns
	 */
	@FunctionalInterface
	public interface Work<T> {

		T run(Connection connection) throws SQLException;

	}

	private ImportTransaction() {
	}

	/**
	 * Runs work in one transaction under the import lock.
	 * @param <T> what the work returns
	 * @param dataSource the database
	 * @param what what is imported, for the message when it fails
	 * @param work the work
	 * @return what the work returned, after commit
	 * @throws ImportException when the database refuses; everything was rolled back
	 */
	public static <T> T run(DataSource dataSource, String what, Work<T> work) {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				Sql.queryOne(connection, "select pg_advisory_xact_lock(?)", (row) -> null, LOCK_KEY);
				T result = work.run(connection);
				connection.commit();
				return result;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new ImportException("Import of " + what + " failed in the database and was rolled back, nothing "
					+ "was written: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Upserts source rows, rewriting only those that differ.
	 * @param connection the transaction
	 * @param sources the rows
	 * @return how many rows changed
	 */
	public static int writeSources(Connection connection, Collection<SourceRecord> sources) throws SQLException {
		int changed = 0;
		for (SourceRecord source : sources) {
			changed += Sql.update(connection, """
					insert into source (id, kind, title, publisher, url, year, licence, attribution, note, title_en)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (id) do update set kind = excluded.kind, title = excluded.title,
					    publisher = excluded.publisher, url = excluded.url, year = excluded.year,
					    licence = excluded.licence, attribution = excluded.attribution, note = excluded.note,
					    title_en = excluded.title_en
					where (source.kind, source.title, source.publisher, source.url, source.year, source.licence,
					       source.attribution, source.note, source.title_en)
					    is distinct from (excluded.kind, excluded.title, excluded.publisher, excluded.url,
					       excluded.year, excluded.licence, excluded.attribution, excluded.note, excluded.title_en)
					""", source.id(), source.kind(), source.title(), source.publisher(), source.url(),
					(source.year() != null) ? source.year().shortValue() : null, source.licence(), source.attribution(),
					source.note(), source.titleEn());
		}
		return changed;
	}

	/**
	 * Deletes the areas a file no longer has, when there are any.
	 * @param stale the FROM and WHERE clauses of the areas to delete, with one parameter
	 * @param parameter the value of that parameter (the gemeente code)
	 * @param refusal the message when other rows still reference one of them, from the
	 * codes (comma-separated) and the database's error message
	 * @return the number of areas deleted
	 * @throws ImportException when other rows still reference one of them
	 */
	public static int deleteStale(Connection connection, String stale, Object parameter,
			BiFunction<String, String, String> refusal) throws SQLException {
		List<String> codes = Sql.query(connection, "select code " + stale + " order by code", (row) -> row.getString(1),
				parameter);
		if (codes.isEmpty()) {
			return 0;
		}
		try {
			return Sql.update(connection, "delete " + stale, parameter);
		}
		catch (SQLException ex) {
			// 23503: a foreign key still points at one of them
			if ("23503".equals(ex.getSQLState())) {
				throw new ImportException(refusal.apply(String.join(", ", codes), ex.getMessage()), ex);
			}
			throw ex;
		}
	}

	/**
	 * The current data version, bumped first when something changed.
	 * @param connection the transaction
	 * @param changed whether a row changed
	 * @return the data version after the import
	 */
	public static long dataVersion(Connection connection, boolean changed) throws SQLException {
		String sql = changed ? "update data_version set version = version + 1, changed_at = now() returning version"
				: "select version from data_version";
		return Sql.queryOne(connection, sql, (row) -> row.getLong(1));
	}

	/**
	 * The checksum and row count of the latest import of a dataset.
	 * @param connection the transaction or any connection
	 * @param dataset the dataset key
	 * @return the latest import, or null when there was none
	 */
	public static LoggedImport latest(Connection connection, String dataset) throws SQLException {
		return Sql.queryOne(connection,
				"select checksum, feature_count from dataset_import where dataset = ? order by id desc limit 1",
				(row) -> new LoggedImport(row.getString(1), row.getInt(2)), dataset);
	}

	/** Adds a row to {@code dataset_import}. */
	public static void record(Connection connection, String dataset, String checksum, String fileName, int count,
			boolean changed) throws SQLException {
		Sql.update(connection,
				"insert into dataset_import (dataset, checksum, file_name, feature_count, changed) values (?, ?, ?, ?, ?)",
				dataset, checksum, fileName, count, changed);
	}

	/**
	 * The SHA-256 of some texts and file contents, in order.
	 * @param parts strings and byte arrays
	 * @return the hex digest
	 */
	public static String sha256(Object... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Object part : parts) {
				byte[] bytes = (part instanceof byte[] raw) ? raw
						: String.valueOf(part).getBytes(StandardCharsets.UTF_8);
				digest.update((bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An earlier import as {@code dataset_import} logged it.
	 *
	 * @param checksum its checksum
	 * @param count the number of records it imported
	 */
	public record LoggedImport(String checksum, int count) {

	}

}
