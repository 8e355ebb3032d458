package nl.wijkatlas.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;

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
record SpaPageController(ResourceLoader resources, WebProperties web, PageMetadata metadata,
		ProfileFirstFrame profileFrame) {

	private static final String MARKER = "</head>";

	/**
	 * The index.html (or, for English, index.en.html: the same page with its shell in
	 * English, written by the front end's build) of the first static location that has
	 * one (the jar's, or a folder in development).
	 */
	Resource indexHtml(boolean english) {
		String name = english ? "index.en.html" : "index.html";
		for (String location : this.web.getResources().getStaticLocations()) {
			Resource candidate = this.resources
				.getResource(location.endsWith("/") ? location + name : location + "/" + name);
			if (candidate.exists()) {
				return candidate;
			}
		}
		return english ? indexHtml(false) : new ClassPathResource("static/index.html");
	}

	@GetMapping({ "/", "/gebied/{code}", "/verhaal/{slug}", "/vergelijk", "/embed/kaart", "/embed/verhaal/{slug}",
			"/embed/vergelijk" })
	ResponseEntity<String> page(HttpServletRequest request) throws IOException {
		boolean english = "en".equals(request.getParameter("taal"));
		String index = indexText(english);
		if (index == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		String html = index;
		if (!this.metadata.exists(request.getRequestURI(), request.getQueryString())) {
			// An unknown area, indicator or story: 404, with the app's own not-found page
			// in
			// the page's language (the app reads the status from the page).
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.cacheControl(CacheControl.noCache())
				.body(withStatus(index, 404, english));
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
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		Optional<PageMetadata.Meta> meta = this.metadata.of(request.getRequestURI(), request.getQueryString());
		if (meta.isPresent()) {
			html = withMetadata(html, meta.get(), base, pageUrl);
		}
		if (request.getRequestURI().startsWith("/gebied/")) {
			html = this.profileFrame.apply(html, request.getRequestURI().substring("/gebied/".length()), english);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(html);
	}

	/**
	 * The page's own title, description, canonical URL, language and Open Graph / Twitter
	 * card tags with its preview image, in place of index.html's generic ones.
	 */
	static String withMetadata(String html, PageMetadata.Meta meta, String base, String pageUrl) {
		String title = HtmlUtils.htmlEscape(meta.title(), "UTF-8");
		String description = HtmlUtils.htmlEscape(meta.description(), "UTF-8");
		String image = HtmlUtils.htmlEscape(base + meta.imagePath(), "UTF-8");
		String url = HtmlUtils.htmlEscape(pageUrl, "UTF-8");
		String tags = "<link rel=\"canonical\" href=\"" + url + "\" />\n"
				+ "    <meta property=\"og:type\" content=\"website\" />\n"
				+ "    <meta property=\"og:site_name\" content=\"Wijkatlas\" />\n"
				+ "    <meta property=\"og:locale\" content=\"" + (meta.english() ? "en_GB" : "nl_NL") + "\" />\n"
				+ "    <meta property=\"og:title\" content=\"" + title + "\" />\n"
				+ "    <meta property=\"og:description\" content=\"" + description + "\" />\n"
				+ "    <meta property=\"og:url\" content=\"" + url + "\" />\n"
				+ "    <meta property=\"og:image\" content=\"" + image + "\" />\n"
				+ "    <meta property=\"og:image:width\" content=\"" + PreviewImages.WIDTH + "\" />\n"
				+ "    <meta property=\"og:image:height\" content=\"" + PreviewImages.HEIGHT + "\" />\n"
				+ "    <meta name=\"twitter:card\" content=\"summary_large_image\" />\n"
				+ "    <meta name=\"twitter:title\" content=\"" + title + "\" />\n"
				+ "    <meta name=\"twitter:description\" content=\"" + description + "\" />\n"
				+ "    <meta name=\"twitter:image\" content=\"" + image + "\" />\n  ";
		String out = html.replaceFirst("<title>[^<]*</title>", "<title>" + Matcher.quoteReplacement(title) + "</title>")
			.replaceFirst("<meta name=\"description\" content=\"[^\"]*\" />", java.util.regex.Matcher
				.quoteReplacement("<meta name=\"description\" content=\"" + description + "\" />"));
		if (meta.english()) {
			out = out.replaceFirst("<html lang=\"nl\">", "<html lang=\"en\">");
		}
		int at = out.indexOf(MARKER);
		return (at < 0) ? out : out.substring(0, at) + tags + out.substring(at);
	}

	/**
	 * index.html marked with an HTTP status for the app
	 * ({@code <meta name="wijkatlas-status">}), which then shows its not-found or error
	 * page instead of a view, titled and in the page's language.
	 */
	static String withStatus(String html, int status, boolean english) {
		String title = (status == 404) ? (english ? "Not found" : "Niet gevonden")
				: (english ? "Something went wrong" : "Er ging iets mis");
		String out = html.replaceFirst("<title>[^<]*</title>", "<title>" + title + " – Wijkatlas</title>");
		if (english) {
			out = out.replaceFirst("<html lang=\"nl\">", "<html lang=\"en\">");
		}
		int at = out.indexOf(MARKER);
		String meta = "<meta name=\"wijkatlas-status\" content=\"" + status + "\" />\n  ";
		return (at < 0) ? out : out.substring(0, at) + meta + out.substring(at);
	}

	/**
	 * The index.html as text, in the page's language, or null when the front end was not
	 * built.
	 */
	String indexText(boolean english) throws IOException {
		Resource resource = indexHtml(english);
		if (!resource.exists()) {
			return null;
		}
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
