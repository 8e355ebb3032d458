package nl.wijkatlas.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * The {@link Http} client of the application under test, for {@code @Autowired Http http}
 * in every {@link WijkatlasIntegrationTest} (one import for all of them, so it adds no
 * application context). Lazy: the random port is known only once the server has started,
 * after the context's singletons are made, and a test instance is injected after that.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HttpConfiguration {

	@Bean
	@Lazy
	Http http(Environment environment) {
		return new Http(environment.getRequiredProperty("local.server.port", Integer.class));
	}

}
