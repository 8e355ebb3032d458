package nl.wijkatlas.pages;

import java.time.Duration;
import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;

/**
 * The built front end's {@code /assets/*}: their names carry a content hash, so browsers
 * and proxies may keep them for a year without asking again; each is sent as the Brotli
 * or gzip copy the build wrote beside it ({@code web/scripts/precompress.mjs}) when the
 * browser accepts one. (The HTML stays revalidated: it names the current hashes.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class StaticAssetsConfig implements WebMvcConfigurer {

	static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final WebProperties web;

	StaticAssetsConfig(WebProperties web) {
		this.web = web;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String[] locations = Arrays.stream(this.web.getResources().getStaticLocations())
			.map((location) -> (location.endsWith("/") ? location : location + "/") + "assets/")
			.toArray(String[]::new);
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(locations)
			.setCacheControl(IMMUTABLE)
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver());
	}

}
