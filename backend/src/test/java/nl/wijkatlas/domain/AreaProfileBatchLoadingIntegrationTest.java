package nl.wijkatlas.domain;

import nl.wijkatlas.support.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An area profile (a wijk with its buurten, opgaven with their DIN tree, initiatives,
 * credits and organisations) runs the same number of SQL statements for a wijk of 2
 * buurten as for one of 9.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@Import(StatementCounting.class)
class AreaProfileBatchLoadingIntegrationTest {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldRunABoundedNumberOfStatementsHoweverManyBuurten() {
		long wipstrik = statementsFor("WK019312", 2);
		long diezerpoort = statementsFor("WK019311", 9);
		assertThat(diezerpoort).isEqualTo(wipstrik);
		assertThat(diezerpoort).isLessThanOrEqualTo(25);
	}

	private long statementsFor(String wijk, int buurten) {
		StatementCounting.reset();
		this.graphQl.documentName("areaProfileDomain")
			.variable("code", wijk)
			.execute()
			.path("area.children")
			.entityList(Object.class)
			.hasSize(buurten);
		return StatementCounting.count();
	}

}
