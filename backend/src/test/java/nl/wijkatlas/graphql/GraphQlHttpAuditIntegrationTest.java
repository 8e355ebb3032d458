package nl.wijkatlas.graphql;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatlas.support.ToolRun;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

/**
 * Runs the GraphQL-over-HTTP audit suite (npm {@code graphql-http}, {@code auditServer})
 * from {@code qa/audit.mjs} against this application on a random port: no errors and no
 * warnings other than those the script lists as accepted, each with its reason.
 */
@WijkatlasIntegrationTest
class GraphQlHttpAuditIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void shouldPassTheGraphQlOverHttpAudit() throws Exception {
		ToolRun.expectQaScriptSuccess("audit.mjs", "graphql-http", Duration.ofMinutes(5),
				"http://localhost:" + this.port + "/graphql");
	}

}
