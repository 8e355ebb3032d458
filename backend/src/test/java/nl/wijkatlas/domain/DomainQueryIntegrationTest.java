package nl.wijkatlas.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled content, transcribed from the municipal documents, through the API: per
 * area, within an area, and as collections.
 */
@WijkatlasIntegrationTest
class DomainQueryIntegrationTest {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldReturnDiezerpoortWithItsSociaalKrediet() {
		GraphQlTester.Response response = this.graphQl.documentName("diezerpoort").execute();
		response.path("area.name").entity(String.class).isEqualTo("Wijk 11 Diezerpoort");
		response.path("area.credits[0].name").entity(String.class).isEqualTo("Diezerpoort, Sociaal");
		response.path("area.credits[0].amount").entity(Double.class).isEqualTo(1_134_394.0);
		response.path("area.initiatives[*].title").entityList(String.class).contains("Buurttuin Watertoren");
	}

	@Test
	void shouldIncludeWhatLiesWithinAStadsdeelOnlyWhenAsked() {
		List<String> direct = this.graphQl
			.document("{ opgaven(area: \"SD0193_NOORD\", within: false) { edges { node { id } } } }")
			.execute()
			.path("opgaven.edges[*].node.id")
			.entityList(String.class)
			.get();
		List<String> within = this.graphQl
			.document("{ opgaven(area: \"SD0193_NOORD\") { totalCount edges { node { id areas { code } } } } }")
			.execute()
			.path("opgaven.edges[*].node.areas[*].code")
			.entityList(String.class)
			.get();
		assertThat(direct).isEmpty();
		assertThat(within).contains("WK019330");
	}

	@Test
	void shouldGiveEveryFigureOfABudgetGoalWithItsKredieten() {
		GraphQlTester.Response response = this.graphQl
			.document("{ budgetGoal(code: \"7.1.1\") { portfolioHolders years { year kind expenses income balance"
					+ " result } credits { name } source { kind } } }")
			.execute();
		response.path("budgetGoal.years").entityList(Object.class).hasSizeGreaterThan(0);
		response.path("budgetGoal.years[0].expenses").entity(Double.class).isEqualTo(2_201_663.0);
		response.path("budgetGoal.credits[*].name").entityList(String.class).contains("Diezerpoort, Sociaal");
		response.path("budgetGoal.source.kind").entity(String.class).isEqualTo("DOCUMENT");
	}

	@Test
	void shouldServeTheBundledStoryChapterByChapterWithCitations() {
		GraphQlTester.Response response = this.graphQl
			.document("{ story(slug: \"van-getallen-naar-vergezichten\") { title chapters { order title text"
					+ " citations { source { id } } } } }")
			.execute();
		List<Integer> orders = response.path("story.chapters[*].order").entityList(Integer.class).get();
		assertThat(orders).isNotEmpty().isSorted();
		response.path("story.chapters[*].citations[*].source.id").entityList(String.class).hasSizeGreaterThan(0);
	}

	@Test
	void shouldRefuseAFilterOnAnUnknownArea() {
		assertRefused("{ credits(area: \"WK019399\") { totalCount } }", "No area with code WK019399");
	}

	@Test
	void shouldRefuseAMalformedPeriod() {
		assertRefused("{ opgaven(period: \"23/24\") { totalCount } }", "is not a period");
	}

	private void assertRefused(String document, String messagePart) {
		this.graphQl.document(document)
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains(messagePart))
			.verify();
	}

}
