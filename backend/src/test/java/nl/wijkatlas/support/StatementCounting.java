package nl.wijkatlas.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.listener.SingleQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import nl.wijkatlas.caching.DataVersion;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts every SQL statement the application runs: import this into a test,
 * {@link #reset()}, run a query, read {@link #count()}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	/**
	 * One count for every thread: the statements run on the server's threads, not the
	 * test's ({@code QueryCountHolder} would only see the test thread's).
	 */
	private static final SingleQueryCountHolder COUNTS = new SingleQueryCountHolder();

	@Bean
	static BeanPostProcessor countStatements() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataVersion dataVersion) {
					DATA_VERSIONS.add(dataVersion);
				}
				if (bean instanceof DataSource dataSource && !name.contains("Proxy")) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name("counting")
						.countQuery(COUNTS)
						.afterQuery((execution, queries) -> queries.forEach(
								(query) -> STATEMENTS.add(Thread.currentThread().getName() + ": " + query.getQuery())))
						.build();
				}
				return bean;
			}
		};
	}

	private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

	private static final List<DataVersion> DATA_VERSIONS = new CopyOnWriteArrayList<>();

	/**
	 * Starts a count in the steady state: until the data version listener is up, every
	 * request reads the version from the table, one statement more than later.
	 */
	public static void reset() {
		awaitDataVersionListeners();
		COUNTS.clear();
		STATEMENTS.clear();
	}

	private static void awaitDataVersionListeners() {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		for (DataVersion dataVersion : DATA_VERSIONS) {
			while (dataVersion.isRunning() && !dataVersion.isListening() && Instant.now().isBefore(deadline)) {
				Thread.onSpinWait();
			}
			if (dataVersion.isRunning() && !dataVersion.isListening()) {
				throw new IllegalStateException("The data version listener did not start within 10 s");
			}
		}
	}

	/** The statements run since {@link #reset()}, for assertion messages. */
	public static String statements() {
		return String.join("\n", STATEMENTS);
	}

	public static long count() {
		return COUNTS.getQueryCountMap().values().stream().mapToLong(QueryCount::getTotal).sum();
	}

	/**
	 * The statements one execution of a document of {@code graphql-test/} costs, with one
	 * variable, after checking that it answers {@code size} items at {@code path}.
	 * @param tester the tester
	 * @param document the document's name
	 * @param variable the variable's name
	 * @param value the variable's value
	 * @param path the list in the answer
	 * @param size the list's size
	 * @return the number of statements, at least one
	 */
	public static long statementsFor(HttpGraphQlTester tester, String document, String variable, Object value,
			String path, int size) {
		reset();
		// no-cache: count what executing the query costs, not the response cache; a
		// minute to answer, as the first query of a fresh context on a busy machine can
		// take longer than the tester's default of 5 s
		tester.mutate()
			.header("Cache-Control", "no-cache")
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(1)))
			.build()
			.documentName(document)
			.variable(variable, value)
			.execute()
			.path(path)
			.entityList(Object.class)
			.hasSize(size);
		long count = count();
		assertThat(count).as("the query ran statements").isPositive();
		return count;
	}

}
