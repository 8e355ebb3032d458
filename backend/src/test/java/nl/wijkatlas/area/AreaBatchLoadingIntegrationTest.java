package nl.wijkatlas.area;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.listener.SingleQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parent, children, ancestors, geometry and sources are batch-loaded: the number of SQL
 * statements for a query over buurten does not grow with the number of buurten.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
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
		QueryCountHolder.clear();
		this.graphQl.documentName("hierarchy")
			.variable("first", buurten)
			.execute()
			.path("areas.edges")
			.entityList(Object.class)
			.hasSize(buurten);
		return QueryCountHolder.getGrandTotal().getTotal();
	}

	@TestConfiguration
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && !name.contains("Proxy")) {
						return ProxyDataSourceBuilder.create(dataSource)
							.name("counting")
							.countQuery(new SingleQueryCountHolder())
							.build();
					}
					return bean;
				}
			};
		}

	}

}
