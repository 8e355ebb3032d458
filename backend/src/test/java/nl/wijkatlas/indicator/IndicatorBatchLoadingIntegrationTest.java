package nl.wijkatlas.indicator;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.StatementCounting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures, their comparisons, indicators and sources are batch-loaded: the number of SQL
 * statements does not grow with the number of areas or indicators asked for (the figures
 * of two wijken or of all sixteen; the choropleths of one indicator or of twenty).
 */
@WijkatlasIntegrationTest
@Import(StatementCounting.class)
class IndicatorBatchLoadingIntegrationTest {

	@Autowired
	HttpGraphQlTester tester;

	/**
	 * The same bound for few as for many: statements per batched field, not per area or
	 * indicator.
	 */
	@ParameterizedTest(name = "{0}: {1} and {2}")
	@CsvSource({ "indicatorWijkProfiles, 2, 16, areas.edges, 3",
			"indicatorsWithChoropleths, 1, 20, indicators.edges, 7" })
	void shouldRunTheSameBoundedStatementsForFewAsForMany(String document, int few, int many, String path, long bound) {
		long forFew = StatementCounting.statementsFor(this.tester, document, "first", few, path, few);
		long forMany = StatementCounting.statementsFor(this.tester, document, "first", many, path, many);

		assertThat(forFew).isLessThanOrEqualTo(bound);
		assertThat(forMany).as(StatementCounting.statements()).isLessThanOrEqualTo(bound);
	}

}
