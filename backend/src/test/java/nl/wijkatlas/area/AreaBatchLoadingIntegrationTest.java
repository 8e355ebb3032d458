package nl.wijkatlas.area;

import nl.wijkatlas.support.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parent, children, ancestors, geometry and sources are batch-loaded: the number of SQL
 * statements for a query over buurten does not grow with the number of buurten.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@Import(StatementCounting.class)
class AreaBatchLoadingIntegrationTest {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldRunTheSameNumberOfStatementsForFiveBuurtenAsForAll78() {
		long forFive = statementsFor(5);
		long forAll = statementsFor(78);
		assertThat(forAll).isEqualTo(forFive);
		assertThat(forAll).isLessThanOrEqualTo(14);
	}

	private long statementsFor(int buurten) {
		StatementCounting.reset();
		this.graphQl.documentName("hierarchy")
			.variable("first", buurten)
			.execute()
			.path("areas.edges")
			.entityList(Object.class)
			.hasSize(buurten);
		return StatementCounting.count();
	}

}
