package nl.wijkatlas.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.listener.SingleQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

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

	public static void reset() {
		COUNTS.clear();
		STATEMENTS.clear();
	}

	/** The statements run since {@link #reset()}, for assertion messages. */
	public static String statements() {
		return String.join("\n", STATEMENTS);
	}

	public static long count() {
		return COUNTS.getQueryCountMap().values().stream().mapToLong(QueryCount::getTotal).sum();
	}

}
