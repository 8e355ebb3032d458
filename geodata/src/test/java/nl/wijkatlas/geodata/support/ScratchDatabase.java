package nl.wijkatlas.geodata.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.DatabaseUrl;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own beside the test database: the fetch tests load a real gemeente
 * (Geldrop-Mierlo, which the test database holds as bundled data) and compare
 * whole-database fingerprints, so they must not share rows with other tests; the import
 * program's test starts from an empty one.
 */
public final class ScratchDatabase implements AutoCloseable {

	private final String name;

	private final String url;

	private final PGSimpleDataSource dataSource;

	private ScratchDatabase(String name, String url, PGSimpleDataSource dataSource) {
		this.name = name;
		this.url = url;
		this.dataSource = dataSource;
	}

	/**
	 * A new database with the backend's schema.
	 * @param suffix what the test database's name is followed by
	 * @return the database
	 */
	public static ScratchDatabase create(String suffix) {
		ScratchDatabase database = empty(suffix);
		Flyway.configure()
			.dataSource(database.dataSource)
			.locations("filesystem:" + TestDatabase.migrations())
			.load()
			.migrate();
		return database;
	}

	/**
	 * A new database with nothing in it (not even PostGIS, unless the cluster's template
	 * has it).
	 * @param suffix what the test database's name is followed by
	 * @return the database
	 */
	public static ScratchDatabase empty(String suffix) {
		String testName = TestDatabase.queryString("select current_database()");
		String name = testName + "_" + suffix;
		TestDatabase.execute("drop database if exists " + name + " with (force)");
		TestDatabase.execute("create database " + name);
		String url = System.getenv("DATABASE_URL");
		url = (url == null || url.isBlank()) ? TestDatabase.DEFAULT_URL : url;
		DatabaseUrl test = DatabaseUrl.parse(url);
		PGSimpleDataSource pg = new PGSimpleDataSource();
		pg.setURL(test.jdbcUrl().substring(0, test.jdbcUrl().lastIndexOf('/') + 1) + name);
		pg.setUser(test.user());
		pg.setPassword(test.password());
		return new ScratchDatabase(name, url.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1"), pg);
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	/** Its {@code DATABASE_URL}: the test database's, with this database's name. */
	public String databaseUrl() {
		return this.url;
	}

	/** Empties every table an import writes, and resets the data version. */
	public void reset() {
		execute("truncate source, area, indicator, indicator_alias, dataset_import cascade");
		execute("update data_version set version = 1");
	}

	/**
	 * Every table the fetch writes, row by row (geometry included), and the data version:
	 * equal fingerprints mean the database was left exactly as it was.
	 */
	public String fingerprint() {
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

	public String string(String sql) {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? rows.getString(1) : null;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	public long number(String sql) {
		return Long.parseLong(string(sql));
	}

	public void execute(String sql) {
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
