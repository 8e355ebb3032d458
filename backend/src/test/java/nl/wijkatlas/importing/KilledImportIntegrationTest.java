package nl.wijkatlas.importing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.ImportCommandProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed halfway (SIGKILL while its transaction is open and writing) leaves the
 * previous data exactly as it was: the import runs as
 * {@code ./wijkatlas import --figures} does, in a process of its own, which the test
 * kills once PostgreSQL shows its open transaction.
 */
@WijkatlasIntegrationTest
class KilledImportIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	@Test
	void shouldLeaveThePreviousFiguresIntactWhenAnImportIsKilledHalfway() throws Exception {
		Path figures = bigFiguresFile();
		String before = checksum();
		Process importer = startImport(figures);
		try {
			boolean caughtInTheAct = awaitOpenImportTransaction(importer, Duration.ofSeconds(90));
			assertThat(caughtInTheAct)
				.as("saw the import's open transaction before it finished; output:\n%s", output(importer))
				.isTrue();
		}
		finally {
			importer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		awaitNoImportBackend(Duration.ofSeconds(30));
		assertThat(checksum()).as("checksum of the figure tables after the killed import").isEqualTo(before);
	}

	private Path bigFiguresFile() throws Exception {
		List<String> areas = this.jdbc.sql("select code from area where level in ('BUURT', 'WIJK') order by code")
			.query(String.class)
			.list();
		List<String> indicators = this.jdbc.sql("select code from indicator order by code limit 8")
			.query(String.class)
			.list();
		StringBuilder csv = new StringBuilder("area_code,indicator_code,period,value,source\n");
		for (String indicator : indicators) {
			for (String area : areas) {
				for (int year = 1901; year <= 2000; year++) {
					csv.append(area)
						.append(',')
						.append(indicator)
						.append(',')
						.append(year)
						.append(',')
						.append(year % 97)
						.append(",Killed import test\n");
				}
			}
		}
		Path file = this.directory.resolve("killed-import.csv");
		Files.writeString(file, csv);
		return file;
	}

	private Process startImport(Path figures) throws Exception {
		return ImportCommandProcess.start(this.directory.resolve("import.log"), "--figures", figures.toString(),
				"--force");
	}

	/** True once the import's connection is inside a transaction that has written. */
	private boolean awaitOpenImportTransaction(Process importer, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && importer.isAlive()) {
			Long writing = this.jdbc.sql("""
					select count(*) from pg_stat_activity
					where pid <> pg_backend_pid() and datname = current_database()
					  and backend_xid is not null and xact_start is not null
					""").query(Long.class).single();
			if (writing > 0) {
				Thread.sleep(150);
				return true;
			}
			Thread.sleep(10);
		}
		return false;
	}

	private void awaitNoImportBackend(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Long open = this.jdbc.sql("""
					select count(*) from pg_stat_activity
					where pid <> pg_backend_pid() and datname = current_database() and backend_xid is not null
					""").query(Long.class).single();
			if (open == 0) {
				return;
			}
			Thread.sleep(100);
		}
	}

	private String checksum() {
		return this.jdbc
			.sql("""
					select md5(coalesce((select string_agg(md5(v::text), '' order by md5(v::text)) from indicator_value v), '')
					  || coalesce((select string_agg(md5(s::text), '' order by md5(s::text)) from source s), '')
					  || coalesce((select string_agg(md5(i::text), '' order by md5(i::text)) from indicator i), ''))
					""")
			.query(String.class)
			.single();
	}

	private String output(Process process) {
		try {
			File log = this.directory.resolve("import.log").toFile();
			String text = Files.readString(log.toPath());
			return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
		}
		catch (Exception ex) {
			return "(no output)";
		}
	}

}
