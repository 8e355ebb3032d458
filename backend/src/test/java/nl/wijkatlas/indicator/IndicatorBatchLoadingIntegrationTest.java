package nl.wijkatlas.indicator;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures, their comparisons, indicators and sources are batch-loaded: the number of SQL
 * statements does not grow with the number of areas or indicators asked for.
 */
@WijkatlasIntegrationTest
@Import(StatementCounting.class)
class IndicatorBatchLoadingIntegrationTest {

	@Autowired
	HttpGraphQlTester tester;

	@Test
	void shouldRunTheSameBoundedStatementsForTheFiguresOfTwoWijkenAsOfAllSixteen() {
		long forTwo = statements("indicatorWijkProfiles", 2, "areas.edges");
		long forAll = statements("indicatorWijkProfiles", 16, "areas.edges");

		assertThat(forTwo).isLessThanOrEqualTo(3);
		assertThat(forAll).as(StatementCounting.statements()).isLessThanOrEqualTo(3);
	}

	@Test
	void shouldRunTheSameBoundedStatementsForTheChoroplethsOfOneIndicatorAsOfMany() {
		long forOne = statements("indicatorsWithChoropleths", 1, "indicators.edges");
		long forMany = statements("indicatorsWithChoropleths", 20, "indicators.edges");

		// the same bound for one and for twenty: statements per batched field, not per
		// indicator
		assertThat(forOne).isLessThanOrEqualTo(7);
		assertThat(forMany).as(StatementCounting.statements()).isLessThanOrEqualTo(7);
	}

	private long statements(String document, int first, String path) {
		StatementCounting.reset();
		// no-cache: count what executing the query costs, not the response cache
		this.tester.mutate()
			.header("Cache-Control", "no-cache")
			.build()
			.documentName(document)
			.variable("first", first)
			.execute()
			.path(path)
			.entityList(Object.class)
			.hasSize(first);
		long count = StatementCounting.count();
		assertThat(count).as("the query ran statements").isPositive();
		return count;
	}

}
