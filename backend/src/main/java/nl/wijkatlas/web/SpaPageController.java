package nl.wijkatlas.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves the single-page front end ({@code static/index.html}) for its client routes —
 * the atlas, area profiles, stories and embeds — with an oEmbed discovery link for the
 * page. The API, downloads, tiles and static assets are not touched.
 */
@Controller
@ConditionalOnWebApplication(type = Type.SERVLET)
class SpaPageController {

	private static final String MARKER = "</head>";

	private final ResourceLoader resources;

	private final WebProperties web;

	SpaPageController(ResourceLoader resources, WebProperties web) {
		this.resources = resources;
		this.web = web;
	}

	/**
	 * The index.html of the first static location that has one (the jar's, or a folder in
	 * development).
	 */
	private Resource indexHtml() {
		for (String location : this.web.getResources().getStaticLocations()) {
			Resource candidate = this.resources
				.getResource(location.endsWith("/") ? location + "index.html" : location + "/index.html");
			if (candidate.exists()) {
				return candidate;
			}
		}
		return new ClassPathResource("static/index.html");
	}

	@GetMapping({ "/", "/gebied/{code}", "/verhaal/{slug}", "/embed/kaart", "/embed/verhaal/{slug}" })
	ResponseEntity<String> page(HttpServletRequest request) throws IOException {
		Resource resource = indexHtml();
		if (!resource.exists()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		String html;
		try (InputStream in = resource.getInputStream()) {
			html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String pageUrl = ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
		String oembed = ServletUriComponentsBuilder.fromContextPath(request)
			.path("/oembed")
			.queryParam("url", "{url}")
			.queryParam("format", "json")
			.encode()
			.buildAndExpand(pageUrl)
			.toUriString();
		String link = "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + HtmlUtils.htmlEscape(oembed)
				+ "\" title=\"Wijkatlas\" />\n  ";
		int at = html.indexOf(MARKER);
		if (at >= 0 && EmbedTargets.embedPathFor(request.getRequestURI(), request.getQueryString()) != null) {
			html = html.substring(0, at) + link + html.substring(at);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(html);
	}

}
