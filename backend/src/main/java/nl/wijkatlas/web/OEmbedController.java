package nl.wijkatlas.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * oEmbed 1.0 provider ({@code GET /oembed?url=…}): a page of this site becomes a
 * {@code rich} embed whose html is an iframe of its embed page, titled with the gemeente
 * it shows (of its area, its {@code gemeente} parameter or its story's chapters; plain
 * "Wijkatlas" when it shows no one gemeente). Other URLs, unknown areas and unknown
 * stories get 404, formats other than JSON 501.
 */
@RestController
class OEmbedController {

	private final EmbedGemeenten gemeenten;

	OEmbedController(EmbedGemeenten gemeenten) {
		this.gemeenten = gemeenten;
	}

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
		Optional<String> atlas = atlasName(embedPath, story);
		if (atlas.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		String title = (story ? "Verhaal uit de " : "Kaart uit de ") + atlas.get();
		String html = "<iframe src=\"" + HtmlUtils.htmlEscape(base + embedPath) + "\" width=\"" + width + "\" height=\""
				+ height + "\" title=\"" + title + "\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", "1.0");
		body.put("type", "rich");
		body.put("title", title);
		body.put("provider_name", atlas.get());
		body.put("provider_url", base + "/");
		body.put("width", width);
		body.put("height", height);
		body.put("html", html);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * "Wijkatlas Geldrop-Mierlo" for a view of one gemeente, "Wijkatlas" when it shows no
	 * one gemeente; empty when the view's area or story does not exist.
	 */
	private Optional<String> atlasName(String embedPath, boolean story) {
		UriComponents embed = UriComponentsBuilder.fromUriString(embedPath).build();
		Optional<List<String>> names;
		if (story) {
			String slug = embed.getPath().substring(embed.getPath().lastIndexOf('/') + 1);
			names = this.gemeenten.ofStory(slug);
		}
		else {
			String gebied = embed.getQueryParams().getFirst("gebied");
			String gemeente = embed.getQueryParams().getFirst("gemeente");
			String code = (gebied != null) ? gebied : gemeente;
			names = (code != null) ? this.gemeenten.ofArea(code).map(List::of) : Optional.of(List.of());
		}
		return names.map((found) -> (found.size() == 1) ? "Wijkatlas " + found.get(0) : "Wijkatlas");
	}

	private static int size(int preferred, Integer max) {
		if (max == null || max <= 0) {
			return preferred;
		}
		return Math.max(Math.min(preferred, max), Math.min(MIN_SIZE, max));
	}

}
