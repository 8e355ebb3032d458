package nl.wijkatlas.graphql;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}: the web module's own page ({@code static/graphiql.html},
 * built by Vite from npm {@code graphiql}), whose scripts and styles are the app's own
 * {@code /assets/*}. It needs no CDN, so it works without internet and under the site's
 * Content-Security-Policy. Spring's built-in GraphiQL (which loads from a CDN) is off
 * ({@code spring.graphql.graphiql.enabled: false}).
 */
@Controller
class GraphiQlPageController {

	private static final Resource PAGE = new ClassPathResource("static/graphiql.html");

	@GetMapping({ "/graphiql", "/graphiql/" })
	ResponseEntity<Resource> graphiql() {
		if (!PAGE.exists()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_HTML)
			// The page names hashed assets: revalidate it so a new build is picked up.
			.cacheControl(CacheControl.noCache())
			.body(PAGE);
	}

}
