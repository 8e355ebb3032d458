package nl.wijkatlas.geodata.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.DatabaseUrl;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostGIS test database: {@code DATABASE_URL}, or the project-local cluster that
 * {@code ./wijkatlas db start} runs. Its schema is the backend's Flyway migrations. There
 * is no fallback: when the database is absent, the tests that need it fail.
 */
public final class TestDatabase {

	public static final String DEFAULT_URL = "postgres://wijkatlas:wijkatlas@localhost:55432/wijkatlas_test";

	private static DataSource dataSource;

	private TestDatabase() {
	}

	public static synchronized DataSource dataSource() {
		if (dataSource == null) {
			String url = System.getenv("DATABASE_URL");
			DatabaseUrl database = DatabaseUrl.parse((url == null || url.isBlank()) ? DEFAULT_URL : url);
			PGSimpleDataSource pg = new PGSimpleDataSource();
			pg.setURL(database.jdbcUrl());
			pg.setUser(database.user());
			pg.setPassword(database.password());
			try (Connection connection = pg.getConnection()) {
				connection.isValid(5);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(
						"The PostGIS test database " + database.jdbcUrl() + " is not reachable: "
								+ "start it with ./wijkatlas db start, or set DATABASE_URL (" + ex.getMessage() + ")",
						ex);
			}
			Flyway.configure().dataSource(pg).locations("filesystem:" + migrations()).load().migrate();
			dataSource = pg;
		}
		return dataSource;
	}

	/** The backend's Flyway migrations, which every test database is built from. */
	public static Path migrations() {
		String configured = System.getProperty("wijkatlas.migrations");
		Path path = (configured != null) ? Path.of(configured)
				: Path.of("").toAbsolutePath().resolve("../backend/src/main/resources/db/migration");
		path = path.toAbsolutePath().normalize();
		if (!Files.isDirectory(path)) {
			throw new IllegalStateException("The backend's Flyway migrations are not at " + path);
		}
		return path;
	}

	public static String queryString(String sql) {
		try (Connection connection = dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? rows.getString(1) : null;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	public static long queryLong(String sql) {
		return Long.parseLong(queryString(sql));
	}

	public static void execute(String sql) {
		try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A fingerprint of every table the import writes, with row counts: equal fingerprints
	 * mean the import left the data exactly as it was.
	 */
	public static String fingerprint() {
		return queryString(
				"""
						select concat_ws(' ',
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by code), '')) from area t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by area_code, boundary_year), ''))
						     from area_boundary t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by id), '')) from source t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by id), '')) from dataset_import t),
						  (select version from data_version))
						""");
	}

	/** The transaction ids that last wrote each row: equal means no row was rewritten. */
	public static String rowVersions() {
		return queryString(
				"""
						select concat_ws(' ',
						  (select md5(string_agg(code || xmin::text, ',' order by code)) from area),
						  (select md5(string_agg(area_code || boundary_year || xmin::text, ',' order by area_code, boundary_year))
						     from area_boundary),
						  (select md5(string_agg(id || xmin::text, ',' order by id)) from source),
						  (select xmin::text || version from data_version))
						""");
	}

}
