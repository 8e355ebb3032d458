package nl.wijkatlas.organisation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An area's organisations: each once, however many ways it is linked to the area.
 */
@WijkatlasIntegrationTest
class AreaOrganisationsIntegrationTest {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldListAWijkservicepuntLocatedInTheWijkItServesOnce() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ area(code: "WK019330") { organisations { id } within: organisations(within: true) { id } }
				  organisations(area: "WK019330", within: false) { totalCount } }""").execute();
		List<String> ids = response.path("area.organisations[*].id").entityList(String.class).get();
		List<String> within = response.path("area.within[*].id").entityList(String.class).get();
		int totalCount = response.path("organisations.totalCount").entity(Integer.class).get();
		assertThat(ids).contains("wijkservicepunt-noord").doesNotHaveDuplicates().hasSize(totalCount);
		assertThat(within).contains("wijkservicepunt-noord").doesNotHaveDuplicates();
	}

}
