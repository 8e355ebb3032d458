package nl.wijkatlas.domain;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An area profile (a wijk with its buurten, opgaven with their DIN tree, initiatives,
 * credits and organisations) runs a bounded number of SQL statements, for a wijk of 2
 * buurten as for one of 9.
 */
@WijkatlasIntegrationTest
@Import(StatementCounting.class)
class AreaProfileBatchLoadingIntegrationTest {

	@Autowired
	HttpGraphQlTester tester;

	@Test
	void shouldRunABoundedNumberOfStatementsHoweverManyBuurten() {
		// Bounded by the levels of the document, not by the buurten: the wijk with more
		// buurten has more distinct records to load per level, never more statements per
		// buurt.
		long wipstrik = statementsFor("WK019312", 2);
		assertThat(wipstrik).as(StatementCounting.statements()).isLessThanOrEqualTo(25);
		long diezerpoort = statementsFor("WK019311", 9);
		assertThat(diezerpoort).as(StatementCounting.statements()).isLessThanOrEqualTo(25);
	}

	private long statementsFor(String wijk, int buurten) {
		return StatementCounting.statementsFor(this.tester, "areaProfileDomain", "code", wijk, "area.children",
				buurten);
	}

}
