package nl.wijkatlas.pages;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import nl.wijkatlas.problem.RequestRefused;

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
 * {@code rich} embed whose html is an iframe of its embed page plus the host script that
 * keeps the frame as tall as its content. The title names what the view shows — area,
 * indicator and period, or story chapter — and its gemeente, in the page's language
 * ({@code taal=en} in the URL, or {@code lang=en} on the request); the period is pinned,
 * so a published embed does not change with the next import (unless the URL asks for the
 * latest with {@code periode=nieuwste}); the height is the content's height at the width
 * ({@link EmbedHeights}). Other URLs, unknown areas, indicators and stories get 404,
 * formats other than JSON 501, both as RFC 9457 problems.
 */
@RestController
record OEmbedController(EmbedGemeenten gemeenten, EmbedDescriptions descriptions) {

	static final int DEFAULT_WIDTH = 640;

	static final int MIN_SIZE = 200;

	private static final int MAX_WIDTH = 1200;

	@GetMapping("/oembed")
	ResponseEntity<Map<String, Object>> oembed(@RequestParam(required = false) String url,
			@RequestParam(required = false) Integer maxwidth, @RequestParam(required = false) Integer maxheight,
			@RequestParam(defaultValue = "json") String format, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		if (!"json".equalsIgnoreCase(format)) {
			throw RequestRefused.withStatus(HttpStatus.NOT_IMPLEMENTED,
					"format: only json is offered (oEmbed 1.0 section 2.2: 501 for an unsupported format)");
		}
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		URI target = (url == null) ? null : EmbedTargets.sameSite(url, URI.create(base));
		String embedPath = (target == null || target.getRawPath() == null) ? null : EmbedTargets
			.embedPathFor(target.getRawPath().isEmpty() ? "/" : target.getRawPath(), withChapterFromFragment(target));
		if (embedPath == null) {
			throw RequestRefused.notFound((url == null) ? "url: the page to embed is missing"
					: "url: not a page of this site that can be embedded (the atlas, an area, a story or a comparison)");
		}
		UriComponents embed = UriComponentsBuilder.fromUriString(embedPath).build();
		boolean english = "en".equals(embed.getQueryParams().getFirst("taal")) || "en".equalsIgnoreCase(lang);
		boolean story = embedPath.startsWith("/embed/verhaal/");
		Optional<String> atlas = atlasName(embedPath, story);
		boolean compare = embedPath.startsWith("/embed/vergelijk");
		Optional<Described> described = atlas.flatMap((name) -> story ? describeChapter(embed, english, name)
				: compare ? describeComparison(embed, english, name) : describeMap(embed, english, name));
		if (described.isEmpty()) {
			throw RequestRefused.notFound("url: the page's area, indicator or story does not exist");
		}
		int width = Math.min(MAX_WIDTH, size(DEFAULT_WIDTH, maxwidth));
		int height = EmbedHeights.estimate(described.get().kind(), width);
		if (maxheight != null && maxheight > 0) {
			// The consumer caps the frame; the host script still lets it grow when it
			// runs.
			height = Math.max(Math.min(height, maxheight), Math.min(MIN_SIZE, maxheight));
		}
		String title = described.get().title();
		String src = base + described.get().embedPath();
		String html = "<iframe src=\"" + HtmlUtils.htmlEscape(src) + "\" width=\"" + width + "\" height=\"" + height
				+ "\" title=\"" + HtmlUtils.htmlEscape(title, "UTF-8") + "\" style=\"border:0;width:100%;max-width:"
				+ width + "px\" loading=\"lazy\"></iframe><script src=\""
				+ HtmlUtils.htmlEscape(base + "/embed-host.js") + "\" async></script>";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", "1.0");
		body.put("type", "rich");
		body.put("title", title);
		body.put("provider_name", atlas.get());
		body.put("provider_url", base + "/");
		body.put("width", width);
		body.put("height", height);
		body.put("html", html);
		if (described.get().imagePath() != null) {
			body.put("thumbnail_url", base + described.get().imagePath() + (english ? "?taal=en" : ""));
			body.put("thumbnail_width", PreviewImages.WIDTH);
			body.put("thumbnail_height", PreviewImages.HEIGHT);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/** What an embed shows: its title, its (pinned) embed path and its kind of layout. */
	record Described(String title, String embedPath, EmbedHeights.Kind kind, String imagePath) {
	}

	private Optional<Described> describeMap(UriComponents embed, boolean english, String atlas) {
		String gebied = embed.getQueryParams().getFirst("gebied");
		String gemeente = embed.getQueryParams().getFirst("gemeente");
		String code = PageMetadata.indicatorOf(embed);
		Optional<EmbedDescriptions.AreaName> area = (gebied != null) ? this.descriptions.area(gebied)
				: Optional.empty();
		if (gebied != null && area.isEmpty()) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		UriComponentsBuilder pinned = UriComponentsBuilder.fromUriString(embed.toUriString());
		EmbedHeights.Kind kind = EmbedHeights.Kind.MAP;
		if (code != null) {
			Optional<EmbedDescriptions.IndicatorName> indicator = this.descriptions.indicator(code);
			if (indicator.isEmpty()) {
				return Optional.empty();
			}
			String level = area.filter((a) -> List.of("STADSDEEL", "WIJK", "BUURT").contains(a.level()))
				.map(EmbedDescriptions.AreaName::level)
				.orElseGet(() -> levelOf(embed.getQueryParams().getFirst("niveau")));
			String period = embed.getQueryParams().getFirst("periode");
			String gemeenteCode = area.map(EmbedDescriptions.AreaName::gemeenteCode).orElse(gemeente);
			if (period == null || "nieuwste".equals(period)) {
				period = this.descriptions.latestPeriod(indicator.get().code(), level, gemeenteCode).orElse(null);
			}
			if ("nieuwste".equals(embed.getQueryParams().getFirst("periode"))) {
				pinned.replaceQueryParam("periode");
			}
			else if (period != null) {
				pinned.replaceQueryParam("periode", period);
			}
			parts.add(indicator.get().in(english) + ((period != null) ? " " + period : ""));
			kind = EmbedHeights.Kind.MAP_WITH_FIGURES;
		}
		area.ifPresent((a) -> parts.add(a.name()));
		if (parts.isEmpty()) {
			parts.add(english ? "Map" : "Kaart");
		}
		parts.add(atlas);
		String image = (gebied != null) ? "/preview/gebied/" + gebied + ".png"
				: (gemeente != null) ? "/preview/gebied/" + gemeente + ".png" : null;
		return Optional.of(new Described(String.join(" — ", parts), pinned.build().toUriString(), kind, image));
	}

	private Optional<Described> describeChapter(UriComponents embed, boolean english, String atlas) {
		String path = embed.getPath();
		String slug = path.substring(path.lastIndexOf('/') + 1);
		int order = parseOrder(embed.getQueryParams().getFirst("hoofdstuk"));
		return this.descriptions.chapter(slug, order).map((chapter) -> {
			UriComponentsBuilder pinned = UriComponentsBuilder.fromUriString(embed.toUriString())
				.replaceQueryParam("hoofdstuk", chapter.order());
			String title = chapter.chapter(english) + " — " + chapter.story(english) + " — " + atlas;
			return new Described(title, pinned.build().toUriString(), EmbedHeights.Kind.STORY_CHAPTER,
					"/preview/verhaal/" + slug + ".png");
		});
	}

	private Optional<Described> describeComparison(UriComponents embed, boolean english, String atlas) {
		List<String> names = new ArrayList<>();
		for (String code : PageMetadata.compared(embed)) {
			Optional<EmbedDescriptions.AreaName> area = this.descriptions.area(code);
			if (area.isEmpty()) {
				return Optional.empty();
			}
			names.add(area.get().name());
		}
		if (names.isEmpty()) {
			return Optional.empty();
		}
		String title = String.join(" – ", names) + (english ? " compared" : " vergeleken") + " — " + atlas;
		return Optional.of(new Described(title, embed.toUriString(), EmbedHeights.Kind.COMPARISON,
				"/preview/gebied/" + PageMetadata.compared(embed).get(0) + ".png"));
	}

	private static String levelOf(String niveau) {
		if (niveau == null) {
			return "WIJK";
		}
		return switch (niveau) {
			case "stadsdeel" -> "STADSDEEL";
			case "buurt" -> "BUURT";
			default -> "WIJK";
		};
	}

	private static int parseOrder(String text) {
		try {
			return (text == null) ? 1 : Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/**
	 * The page's query with {@code hoofdstuk=N} added when its fragment names a chapter
	 * ({@code #hoofdstuk-3}), which is how the story's own URLs point at one.
	 */
	private static String withChapterFromFragment(URI target) {
		String query = target.getRawQuery();
		String fragment = target.getRawFragment();
		if (fragment == null || !fragment.matches("hoofdstuk-[0-9]{1,3}")
				|| (query != null && query.contains("hoofdstuk="))) {
			return query;
		}
		String chapter = "hoofdstuk=" + fragment.substring("hoofdstuk-".length());
		return (query == null || query.isEmpty()) ? chapter : query + "&" + chapter;
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
			List<String> compared = PageMetadata.compared(embed);
			String code = (gebied != null) ? gebied
					: (gemeente != null) ? gemeente : compared.isEmpty() ? null : compared.get(0);
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
