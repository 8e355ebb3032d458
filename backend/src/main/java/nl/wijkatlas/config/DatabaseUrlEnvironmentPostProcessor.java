package nl.wijkatlas.config;

import java.util.HashMap;
import java.util.Map;

import nl.wijkatlas.geodata.DatabaseUrl;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets {@code DATABASE_URL} (postgres://user:password@host:port/database, the form most
 * hosts and tools hand out) point the application at a database. It wins over the
 * configuration files, but explicit {@code SPRING_DATASOURCE_*} settings win over it.
 */
public class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("DATABASE_URL");
		if (url == null || url.isBlank() || environment.getProperty("SPRING_DATASOURCE_URL") != null) {
			return;
		}
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", parsed.jdbcUrl());
		if (parsed.user() != null) {
			properties.put("spring.datasource.username", parsed.user());
		}
		if (parsed.password() != null) {
			properties.put("spring.datasource.password", parsed.password());
		}
		environment.getPropertySources().addFirst(new MapPropertySource("databaseUrl", properties));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
