package nl.wijkatlas.hardening;

import java.time.Duration;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatlas.support.ToolRun;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the GraphQL-over-HTTP audit suite (npm {@code graphql-http}, {@code auditServer})
 * from {@code qa/audit.mjs} against this application on a random port: no errors and no
 * warnings other than those the script lists as accepted, each with its reason.
 */
@WijkatlasIntegrationTest
class HardeningGraphQlHttpAuditIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void shouldPassTheGraphQlOverHttpAudit() throws Exception {
		Path qa = Path.of("..", "qa").toAbsolutePath().normalize();
		assertThat(qa.resolve("node_modules/graphql-http")).as("qa dependencies installed (npm ci --prefix qa)")
			.isDirectory();
		ToolRun.expectSuccess(new ProcessBuilder("node", "audit.mjs", "http://localhost:" + this.port + "/graphql")
			.directory(qa.toFile()), "audit", Duration.ofMinutes(5));
	}

}
