package nl.wijkatlas.graphql;

import nl.wijkatlas.geo.GeoJsonScalar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphQlConfig {

	/**
	 * Opaque, versioned, signed cursors instead of Spring's default (which names a Java
	 * class).
	 */
	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy(@Value("${wijkatlas.cursor-secret:}") String secret) {
		return OpaqueCursors.strategy(secret);
	}

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(GeoJsonScalar.INSTANCE)
			.scalar(GeoJsonScalar.JSON)
			.scalar(DateTimeScalar.INSTANCE);
	}

}
