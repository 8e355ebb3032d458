package nl.wijkatlas.graphql;

import nl.wijkatlas.geo.GeoJsonScalar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphQlConfig {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(GeoJsonScalar.INSTANCE)
			.scalar(GeoJsonScalar.JSON)
			.scalar(DateTimeScalar.INSTANCE);
	}

}
