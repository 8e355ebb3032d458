package nl.wijkatlas.geodata.command;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.wijkatlas.geodata.support.ScratchDatabase;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import program in a JVM of its own, as {@code ./wijkatlas import} starts it, on an
 * empty database: it migrates the schema with the backend's Flyway migrations (on its
 * classpath, as in the app's jar) and imports. The process ends with the exit code the
 * script passes on.
 */
class MainProcessTest {

	private ScratchDatabase database;

	@TempDir
	Path directory;

	@BeforeEach
	void createEmptyDatabase() {
		this.database = ScratchDatabase.empty("program");
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void shouldMigrateAnEmptyDatabaseAndImportTheAreasThenFindNothingToChange() throws Exception {
		assertThat(this.database.number("select count(*) from pg_tables where tablename = 'area'")).isZero();

		Result first = run(true, "import", "datasets/cbs/zwolle_buurten_2025_rd.geojson",
				"datasets/cbs/zwolle_wijken_2025_rd.geojson");

		assertThat(first.exitCode()).as("exit code; output:\n%s", first.output()).isZero();
		assertThat(first.output()).contains("GM0193 Zwolle (2025): GEMEENTE=1 STADSDEEL=5 WIJK=16 BUURT=78; changed");
		long migrations;
		try (var files = Files.list(TestDatabase.migrations())) {
			migrations = files.filter((file) -> file.getFileName().toString().endsWith(".sql")).count();
		}
		assertThat(this.database.number("select count(*) from flyway_schema_history where success"))
			.as("every migration applied")
			.isEqualTo(migrations);
		assertThat(this.database.number("select count(*) from area")).isEqualTo(100);
		String fingerprint = this.database.fingerprint();

		Result again = run(true, "import", "datasets/cbs/zwolle_buurten_2025_rd.geojson",
				"datasets/cbs/zwolle_wijken_2025_rd.geojson");

		assertThat(again.exitCode()).as("exit code; output:\n%s", again.output()).isZero();
		assertThat(again.output()).containsAnyOf(
				"GM0193 Zwolle (2025): GEMEENTE=1 STADSDEEL=5 WIJK=16 BUURT=78; unchanged",
				"GM0193 Zwolle (2025): GEMEENTE=1 STADSDEEL=5 WIJK=16 BUURT=78; skipped, already imported");
		assertThat(this.database.fingerprint()).as("the second run changed nothing").isEqualTo(fingerprint);
	}

	@Test
	void shouldRefuseABadFileWithExitCode1AndWriteNothing() throws Exception {
		run(true, "import", "datasets/cbs/zwolle_buurten_2025_rd.geojson",
				"datasets/cbs/zwolle_wijken_2025_rd.geojson");
		String before = this.database.fingerprint();
		Path figures = this.directory.resolve("figures.csv");
		Files.writeString(figures, """
				area_code,indicator_code,period,value,source
				BU01939999,oppervlakte_grens_ha,2025,12.5,Import program test
				""");

		Result refused = run(true, "import", "--figures", figures.toString());

		assertThat(refused.exitCode()).as("exit code; output:\n%s", refused.output()).isEqualTo(1);
		assertThat(refused.output()).contains("Import refused, nothing was written")
			.contains("unknown indicator oppervlakte_grens_ha");
		assertThat(this.database.fingerprint()).isEqualTo(before);
	}

	@Test
	void shouldAnswerAWrongArgumentWithTheUsageAndExitCode2BeforeTouchingTheDatabase() throws Exception {
		Result wrong = run(true, "fetch", "--gemeente", "GM0200", "--year", "twintig");

		assertThat(wrong.exitCode()).as("exit code; output:\n%s", wrong.output()).isEqualTo(2);
		assertThat(wrong.output()).contains("--year must be a year such as 2024, was twintig")
			.contains("usage: ./wijkatlas fetch --gemeente GM0200");
		Result unknown = run(true, "export");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.output()).contains("unknown command export");
	}

	@Test
	void shouldSaySoWhenTheMigrationsAreNotOnTheClasspath() throws Exception {
		Result result = run(false, "import", "datasets/cbs/zwolle_buurten_2025_rd.geojson",
				"datasets/cbs/zwolle_wijken_2025_rd.geojson");

		assertThat(result.exitCode()).as("exit code; output:\n%s", result.output()).isEqualTo(1);
		assertThat(result.output()).contains("The schema migrations (classpath:db/migration) are not on the classpath");
	}

	/**
	 * Runs the program against the scratch database; with {@code migrations}, the
	 * backend's resources (which hold {@code db/migration}) join its classpath, as they
	 * are in the app's jar.
	 */
	private Result run(boolean migrations, String... args) throws Exception {
		String classpath = System.getProperty("java.class.path");
		if (migrations) {
			classpath += File.pathSeparator + TestDatabase.migrations().getParent().getParent();
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
						Main.class.getName()));
		command.addAll(List.of(args));
		Path log = Files.createTempFile(this.directory, "program", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("DATABASE_URL", this.database.databaseUrl());
		builder.environment().remove("SPRING_DATASOURCE_URL");
		Process process = builder.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the program ended").isTrue();
		return new Result(process.exitValue(), Files.readString(log));
	}

	private record Result(int exitCode, String output) {
	}

}
