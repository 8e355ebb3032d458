package nl.wijkatlas.geodata.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import nl.wijkatlas.geodata.DatabaseUrl;
import nl.wijkatlas.geodata.ImportException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the program writes to, found the way the app finds its own, and its schema
 * brought up to date with the app's Flyway migrations, so the program works on an empty
 * database as well as beside a running app.
 */
public final class Database {

	/** The app's default database: the project-local cluster's. */
	static final String DEFAULT_URL = "postgres://wijkatlas:wijkatlas@localhost:55432/wijkatlas";

	/**
	 * The app's migrations (its {@code spring.flyway.locations}): on the classpath when
	 * the program runs from the app's jar or the backend's classpath.
	 */
	static final String MIGRATIONS = "db/migration";

	private Database() {
	}

	/**
	 * The database that the environment names: {@code SPRING_DATASOURCE_URL} (with
	 * {@code SPRING_DATASOURCE_USERNAME} and {@code _PASSWORD}) when set, as it wins in
	 * the app, else {@code DATABASE_URL}, else the project-local cluster's. A
	 * {@code WIJKATLAS_STATEMENT_TIMEOUT_MS} above 0 limits each statement, as in the
	 * app; by default there is no limit, since a national GeoPackage takes longer than
	 * the API's.
	 * @param environment the environment variables
	 * @return the data source (no connection made yet)
	 * @throws IllegalArgumentException when a URL or the timeout is malformed
	 */
	public static PGSimpleDataSource fromEnvironment(Map<String, String> environment) {
		String spring = environment.get("SPRING_DATASOURCE_URL");
		String url = environment.get("DATABASE_URL");
		DatabaseUrl database;
		if (spring != null && !spring.isBlank()) {
			DatabaseUrl parsed = DatabaseUrl.parse(spring);
			database = new DatabaseUrl(parsed.jdbcUrl(),
					orElse(environment.get("SPRING_DATASOURCE_USERNAME"), orElse(parsed.user(), "wijkatlas")),
					orElse(environment.get("SPRING_DATASOURCE_PASSWORD"), orElse(parsed.password(), "wijkatlas")));
		}
		else {
			database = DatabaseUrl.parse((url != null && !url.isBlank()) ? url : DEFAULT_URL);
		}
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(database.jdbcUrl());
		dataSource.setUser(database.user());
		dataSource.setPassword(database.password());
		String timeout = environment.get("WIJKATLAS_STATEMENT_TIMEOUT_MS");
		if (timeout != null && !timeout.isBlank()) {
			if (!timeout.strip().matches("[0-9]{1,9}")) {
				throw new IllegalArgumentException(
						"WIJKATLAS_STATEMENT_TIMEOUT_MS must be a number of milliseconds, was " + timeout);
			}
			dataSource.setOptions("-c statement_timeout=" + timeout.strip());
		}
		return dataSource;
	}

	/**
	 * Checks that the database answers, then applies the app's Flyway migrations that it
	 * lacks (none when the app has run on it).
	 * @param dataSource the database
	 * @throws ImportException when the database cannot be reached or migrated, or the
	 * migrations are not on the classpath
	 */
	public static void migrate(PGSimpleDataSource dataSource) {
		// Its URL would list every driver property; host, port and name say which it is.
		String name = "jdbc:postgresql://" + String.join(",", dataSource.getServerNames()) + ":"
				+ dataSource.getPortNumbers()[0] + "/" + dataSource.getDatabaseName();
		try (Connection connection = dataSource.getConnection()) {
			connection.isValid(5);
		}
		catch (SQLException ex) {
			throw new ImportException("The database " + name + " is not reachable: " + ex.getMessage()
					+ " (start it with ./wijkatlas db start, or set DATABASE_URL)");
		}
		if (Database.class.getClassLoader().getResource(MIGRATIONS) == null) {
			// Without them Flyway would migrate nothing and the import fail on a missing
			// table.
			throw new ImportException("The schema migrations (classpath:" + MIGRATIONS
					+ ") are not on the classpath: run the program from the app's jar, as ./wijkatlas import does");
		}
		try {
			Flyway.configure().dataSource(dataSource).locations("classpath:" + MIGRATIONS).load().migrate();
		}
		catch (FlywayException ex) {
			throw new ImportException("Migrating the schema of " + name + " failed: " + ex.getMessage());
		}
	}

	private static String orElse(String value, String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
