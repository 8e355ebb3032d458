package nl.wijkatlas.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
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

	public static void reset() {
		QueryCountHolder.clear();
	}

	public static long count() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
