package nl.wijkatlas.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * oEmbed 1.0 provider ({@code GET /oembed?url=…}): a page of this site becomes a
 * {@code rich} embed whose html is an iframe of its embed page. Other URLs get 404,
 * formats other than JSON 501.
 */
@RestController
class OEmbedController {

	static final int DEFAULT_WIDTH = 640;

	static final int DEFAULT_HEIGHT = 480;

	static final int MIN_SIZE = 200;

	@GetMapping("/oembed")
	ResponseEntity<Map<String, Object>> oembed(@RequestParam(required = false) String url,
			@RequestParam(required = false) Integer maxwidth, @RequestParam(required = false) Integer maxheight,
			@RequestParam(defaultValue = "json") String format, HttpServletRequest request) {
		if (!"json".equalsIgnoreCase(format)) {
			return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED).build();
		}
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		URI target = (url == null) ? null : EmbedTargets.sameSite(url, URI.create(base));
		String embedPath = (target == null || target.getRawPath() == null) ? null : EmbedTargets
			.embedPathFor(target.getRawPath().isEmpty() ? "/" : target.getRawPath(), target.getRawQuery());
		if (embedPath == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		int width = size(DEFAULT_WIDTH, maxwidth);
		int height = size(DEFAULT_HEIGHT, maxheight);
		boolean story = embedPath.startsWith("/embed/verhaal/");
		String title = story ? "Verhaal uit de Wijkatlas Zwolle" : "Kaart uit de Wijkatlas Zwolle";
		String html = "<iframe src=\"" + HtmlUtils.htmlEscape(base + embedPath) + "\" width=\"" + width + "\" height=\""
				+ height + "\" title=\"" + title + "\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", "1.0");
		body.put("type", "rich");
		body.put("title", title);
		body.put("provider_name", "Wijkatlas Zwolle");
		body.put("provider_url", base + "/");
		body.put("width", width);
		body.put("height", height);
		body.put("html", html);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static int size(int preferred, Integer max) {
		if (max == null || max <= 0) {
			return preferred;
		}
		return Math.max(Math.min(preferred, max), Math.min(MIN_SIZE, max));
	}

}
