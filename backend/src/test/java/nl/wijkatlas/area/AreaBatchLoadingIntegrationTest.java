package nl.wijkatlas.area;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parent, children, ancestors, geometry and sources are batch-loaded: the number of SQL
 * statements for a query over buurten does not grow with the number of buurten.
 */
@WijkatlasIntegrationTest
@Import(StatementCounting.class)
class AreaBatchLoadingIntegrationTest {

	@Autowired
	HttpGraphQlTester tester;

	@Test
	void shouldRunAsManyStatementsForAll78BuurtenAsTheQueryHasBatchedLevels() {
		// One statement per batched field per level of the document: with more buurten
		// there are more distinct parents and sources to load at a level, never more
		// statements per buurt. (Five buurten share one parent and source, so the
		// DataLoader cache answers some levels without a statement.) The document has
		// eleven
		// batched fields; a batch dispatched while its fetchers still run on other
		// threads
		// can split in two, so the bound leaves room for that, far below one per buurt.
		long forFive = statementsFor(5);
		long forAll = statementsFor(78);
		assertThat(forAll).as(StatementCounting.statements()).isLessThanOrEqualTo(20);
		assertThat(forFive).isLessThanOrEqualTo(forAll);
	}

	private long statementsFor(int buurten) {
		return StatementCounting.statementsFor(this.tester, "hierarchy", "first", buurten, "areas.edges", buurten);
	}

}
