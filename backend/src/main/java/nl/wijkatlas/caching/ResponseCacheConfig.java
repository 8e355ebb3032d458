package nl.wijkatlas.caching;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResponseCacheConfig {

	/** Tells {@link GraphQlResponseCache} which requests were queries. */
	@Bean
	Instrumentation responseCacheQueryMarker() {
		return GraphQlResponseCache.queryMarker();
	}

}
