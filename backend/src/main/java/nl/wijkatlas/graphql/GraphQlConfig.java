package nl.wijkatlas.graphql;

import java.util.List;

import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLScalarType;
import nl.wijkatlas.geo.GeoJsonScalar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphQlConfig {

	static final GraphQLScalarType DATE_TIME = ExtendedScalars.DateTime.transform((scalar) -> scalar
		.description("A moment in time, ISO 8601 with offset (2026-11-22T10:15:30+01:00).\n"
				+ "Written as RFC 3339 with milliseconds, e.g. 2026-11-22T10:15:30.000+01:00 (the date-time scalar specification)."));

	static final GraphQLScalarType JSON = ExtendedScalars.Json
		.transform((scalar) -> scalar.description("Any JSON value, passed through as it is."));

	/**
	 * Opaque, versioned, signed cursors instead of Spring's default (which names a Java
	 * class).
	 */
	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy(@Value("${wijkatlas.cursor-secret:}") String secret) {
		return OpaqueCursors.strategy(secret);
	}

	/**
	 * The custom scalars. {@code DateTime} and {@code JSON} are
	 * graphql-java-extended-scalars' (the date-time specification at scalars.graphql.org;
	 * any JSON value, passed through as it is); {@code GeoJSON} is the app's own, as no
	 * library scalar passes PostGIS's GeoJSON text through unparsed. Their descriptions
	 * and {@code @specifiedBy} URLs are in the SDL (area.graphqls, change.graphqls),
	 * which graphql-java applies over the wired scalars.
	 */
	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(GeoJsonScalar.INSTANCE).scalar(JSON).scalar(DATE_TIME);
	}

	/**
	 * Descriptions for the connection types Spring synthesises ({@code XConnection},
	 * {@code XEdge}, {@code PageInfo}).
	 */
	@Bean
	GraphQlSourceBuilderCustomizer connectionDescriptions() {
		return (builder) -> builder.typeVisitorsToTransformSchema(List.of(new ConnectionDescriptions()));
	}

	/** The bounds of {@code first}, the same for every connection field. */
	@Bean
	GraphQlSourceBuilderCustomizer pageSizeBounds() {
		return (builder) -> builder.typeVisitors(List.of(new PageSizeBounds()));
	}

	/**
	 * Controller methods run on the thread that executes the query. On a JDK with virtual
	 * threads Spring for GraphQL would hand every call of a controller method with a
	 * plain return type to the application task executor: a new virtual thread, a context
	 * snapshot and a future per field, and an answer that is never complete when the
	 * handler returns, so every request took Tomcat's asynchronous second dispatch.
	 */
	@Bean
	static BeanPostProcessor controllerMethodsOnTheQueryThread() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate((method) -> false);
				}
				return bean;
			}
		};
	}

}
