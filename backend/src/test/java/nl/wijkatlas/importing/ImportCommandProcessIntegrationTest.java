package nl.wijkatlas.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import nl.wijkatlas.support.ImportCommandProcess;
import nl.wijkatlas.support.WijkatlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./wijkatlas import} runs the import program, a plain {@code main} without the
 * application. Runs it in a process of its own, as the script does, with a file that
 * names an area that does not exist: the program must get as far as refusing the file
 * (exit 1, the problem named, nothing written).
 */
@WijkatlasIntegrationTest
class ImportCommandProcessIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	@Test
	void shouldStartOnItsOwnAndRefuseABadFigureFileWithoutWritingAnything() throws Exception {
		Path figures = this.directory.resolve("figures.csv");
		Files.writeString(figures, """
				area_code,indicator_code,period,value,source
				BU01939999,oppervlakte_grens_ha,2025,12.5,Import command test
				""");
		long versionBefore = dataVersion();
		Path log = this.directory.resolve("import.log");
		Process importer = ImportCommandProcess.start(log, "--figures", figures.toString());
		assertThat(importer.waitFor(120, TimeUnit.SECONDS)).as("the import command ended").isTrue();
		String output = Files.readString(log);
		assertThat(output).as("the command's output")
			.doesNotContain("APPLICATION FAILED TO START")
			.contains("BU01939999");
		assertThat(importer.exitValue()).as("exit code; output:\n%s", output).isEqualTo(1);
		assertThat(dataVersion()).as("data version after the refused import").isEqualTo(versionBefore);
	}

	private long dataVersion() {
		return this.jdbc.sql("select version from data_version").query(Long.class).single();
	}

}
