package nl.wijkatlas.auth;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./wijkatlas token --help} prints the usage and exits normally. */
class DevTokenCommandTest {

	@Test
	void shouldPrintItsUsageOnHelp() throws Exception {
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			DevTokenCommand.main(new String[] { "--help" });
		}
		finally {
			System.setOut(out);
		}
		assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("usage: ./wijkatlas token --sub NAME")
			.contains("--aud ID");
	}

}
