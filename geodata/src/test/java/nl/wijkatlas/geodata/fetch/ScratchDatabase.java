package nl.wijkatlas.geodata.fetch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.DatabaseUrl;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own beside the test database, with the backend's schema: the fetch
 * tests load a real gemeente (Geldrop-Mierlo, which the test database holds as bundled
 * data) and compare whole-database fingerprints, so they must not share rows with other
 * tests.
 */
final class ScratchDatabase implements AutoCloseable {

	private final String name;

	private final PGSimpleDataSource dataSource;

	private ScratchDatabase(String name, PGSimpleDataSource dataSource) {
		this.name = name;
		this.dataSource = dataSource;
	}

	static ScratchDatabase create(String suffix) {
		String testName = TestDatabase.queryString("select current_database()");
		String name = testName + "_" + suffix;
		TestDatabase.execute("drop database if exists " + name + " with (force)");
		TestDatabase.execute("create database " + name);
		String url = System.getenv("DATABASE_URL");
		DatabaseUrl test = DatabaseUrl.parse((url == null || url.isBlank()) ? TestDatabase.DEFAULT_URL : url);
		PGSimpleDataSource pg = new PGSimpleDataSource();
		pg.setURL(test.jdbcUrl().substring(0, test.jdbcUrl().lastIndexOf('/') + 1) + name);
		pg.setUser(test.user());
		pg.setPassword(test.password());
		Flyway.configure().dataSource(pg).locations("filesystem:" + TestDatabase.migrations()).load().migrate();
		return new ScratchDatabase(name, pg);
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	/** Empties every table an import writes, and resets the data version. */
	void reset() {
		execute("truncate source, area, indicator, indicator_alias, dataset_import cascade");
		execute("update data_version set version = 1");
	}

	/**
	 * Every table the fetch writes, row by row (geometry included), and the data version:
	 * equal fingerprints mean the database was left exactly as it was.
	 */
	String fingerprint() {
		return string(
				"""
						select concat_ws(' ',
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by code), '')) from area t),
						  (select count(*) || ':' || md5(coalesce(string_agg(area_code || boundary_year || is_current
						       || md5(ST_AsEWKB(geom_rd)::text), '|' order by area_code, boundary_year), '')) from area_boundary),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by id), '')) from source t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by code), '')) from indicator t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|'
						       order by indicator_code, area_code, period), '')) from indicator_value t),
						  (select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by id), '')) from dataset_import t),
						  (select version from data_version))
						""");
	}

	String string(String sql) {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? rows.getString(1) : null;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	long number(String sql) {
		return Long.parseLong(string(sql));
	}

	void execute(String sql) {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		TestDatabase.execute("drop database if exists " + this.name + " with (force)");
	}

}
