package nl.wijkatlas.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkatlas.geodata.DatabaseUrl;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./wijkatlas db backup FILE} and {@code ./wijkatlas db restore FILE}: the test
 * database backed up, restored into a scratch database (the same content, table by
 * table), that copy changed, and the backup restored over it (the changes gone).
 */
@WijkatlasIntegrationTest
class BackupRestoreIntegrationTest {

	private static final List<String> TABLES = List.of("area", "area_boundary", "opgave", "initiative", "credit",
			"indicator", "indicator_value", "source", "story", "chapter", "organisation", "doel", "change",
			"flyway_schema_history");

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void shouldRestoreWhatItBackedUpOverChangedData() throws Exception {
		String testUrl = System.getenv("DATABASE_URL");
		assertThat(testUrl).as("./wijkatlas test sets DATABASE_URL").isNotBlank();
		String scratchName = this.jdbc.sql("select current_database()").query(String.class).single() + "_backup_check";
		String scratchUrl = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + scratchName;
		this.jdbc.sql("drop database if exists " + scratchName).update();
		this.jdbc.sql("create database " + scratchName).update();
		try {
			Path backup = this.dir.resolve("wijkatlas.dump");
			run(testUrl, "backup", backup.toString());
			assertThat(Files.size(backup)).isGreaterThan(10_000);
			Map<String, String> original = checksums(testUrl);

			run(scratchUrl, "restore", backup.toString());
			assertThat(checksums(scratchUrl)).isEqualTo(original);

			try (Connection scratch = connect(scratchUrl); Statement change = scratch.createStatement()) {
				change.executeUpdate("update opgave set title = title || ' (gewijzigd)'");
				change.executeUpdate(
						"delete from indicator_value where period = (select min(period) from indicator_value)");
			}
			assertThat(checksums(scratchUrl)).isNotEqualTo(original);
			run(scratchUrl, "restore", backup.toString());
			assertThat(checksums(scratchUrl)).isEqualTo(original);
		}
		finally {
			this.jdbc.sql("drop database if exists " + scratchName + " with (force)").update();
		}
	}

	/** Runs {@code ./wijkatlas db COMMAND FILE} against the database at {@code url}. */
	private void run(String url, String command, String file) throws Exception {
		Path log = this.dir.resolve(command + ".log");
		ProcessBuilder builder = new ProcessBuilder(Path.of("..", "wijkatlas").toAbsolutePath().normalize().toString(),
				"db", command, file)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("DATABASE_URL", url);
		Process process = builder.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("db %s finished", command).isTrue();
		assertThat(process.exitValue()).as("db %s: %s", command, Files.readString(log)).isZero();
	}

	/** Per table: its row count and an md5 over its rows in a stable order. */
	private static Map<String, String> checksums(String url) throws Exception {
		Map<String, String> sums = new LinkedHashMap<>();
		try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet rs = statement
					.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' "
							+ "order by md5(t::text))), '') from " + table + " t")) {
					rs.next();
					sums.put(table, rs.getString(1));
				}
			}
		}
		return sums;
	}

	private static Connection connect(String url) throws Exception {
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		return DriverManager.getConnection(parsed.jdbcUrl(), parsed.user(), parsed.password());
	}

}
