package nl.wijkatlas.http;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS for {@code /graphql}: any origin may read (GET and POST with the ordinary
 * headers), but {@code Authorization} is not among the allowed headers, so a browser on
 * another site cannot send a wijkmanager's token (the preflight is refused); a request
 * that carries one anyway is refused by {@link WriteOriginFilter}.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlCorsConfig implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/graphql")
			.allowedOrigins("*")
			.allowedMethods("GET", "POST")
			.allowedHeaders("Content-Type", "Accept", RequestIdFilter.HEADER)
			.exposedHeaders(RequestIdFilter.HEADER)
			.maxAge(1800);
	}

}
