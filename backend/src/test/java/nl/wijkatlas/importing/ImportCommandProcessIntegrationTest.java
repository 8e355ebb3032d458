package nl.wijkatlas.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.ImportCommandProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./wijkatlas import} runs the application without a web server
 * ({@code --spring.main.web-application-type=none}); every bean it starts must do without
 * the web ones. Runs the command in a process of its own, exactly as the script does,
 * with a file that names an area that does not exist: the command must get as far as
 * refusing the file (exit 1, the problem named, nothing written).
 */
@WijkatlasIntegrationTest
class ImportCommandProcessIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	@Test
	void shouldStartWithoutAWebServerAndRefuseABadFigureFileWithoutWritingAnything() throws Exception {
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
