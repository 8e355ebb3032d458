package nl.wijkatlas.pages;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The title, description and preview image of a page in the server's HTML, in the page's
 * language, so a link pasted into a chat or social medium shows the area's name, what it
 * holds and its map (Open Graph and Twitter cards read only the server's HTML).
 */
@Component
class PageMetadata {

	record Meta(String title, String description, String imagePath, boolean english) {
	}

	private static final Map<String, String[]> LEVELS = Map.of("GEMEENTE", new String[] { "Gemeente", "Municipality" },
			"STADSDEEL", new String[] { "Stadsdeel", "District" }, "WIJK", new String[] { "Wijk", "Wijk (district)" },
			"BUURT", new String[] { "Buurt", "Buurt (neighbourhood)" }, "GEBIED", new String[] { "Gebied", "Area" });

	/** The URL value of "no indicator" (web/src/url-state.js NO_INDICATOR). */
	static final String NO_INDICATOR = "geen";

	private final EmbedDescriptions descriptions;

	PageMetadata(EmbedDescriptions descriptions) {
		this.descriptions = descriptions;
	}

	/**
	 * The metadata of a page; empty when it names an area or story that does not exist.
	 */
	Optional<Meta> of(String path, String query) {
		UriComponents page = UriComponentsBuilder
			.fromUriString("http://x" + path + ((query == null) ? "" : "?" + query))
			.build();
		boolean english = "en".equals(page.getQueryParams().getFirst("taal"));
		String lang = english ? "?taal=en" : "";
		if (path.startsWith("/gebied/")) {
			String code = path.substring("/gebied/".length());
			return this.descriptions.area(code).map((area) -> {
				String level = LEVELS.getOrDefault(area.level(), new String[] { "", "" })[english ? 1 : 0];
				String where = area.level().equals("GEMEENTE") ? level
						: level + (english ? " in " : " in ") + area.gemeenteName();
				String figures = this.descriptions.inhabitants(code)
					.map((n) -> ": " + count(n.count(), english) + (english ? " inhabitants (" : " inwoners (")
							+ (n.derived() ? (english ? "computed from CBS figures, " : "berekend uit CBS-cijfers, ")
									: "CBS ")
							+ n.period() + ")")
					.orElse("");
				String description = where + figures
						+ (english ? ". Figures against the city, goals, credits, initiatives and whom to contact."
								: ". Cijfers tegen de stad, opgaven, kredieten, initiatieven en wie u kunt bereiken.");
				return new Meta(area.name() + " — Wijkatlas " + area.gemeenteName(), description,
						"/preview/gebied/" + code + ".png" + lang, english);
			});
		}
		if (path.startsWith("/verhaal/") || path.startsWith("/embed/verhaal/")) {
			String slug = path.substring(path.lastIndexOf('/') + 1);
			return this.descriptions.story(slug, english)
				.map((story) -> new Meta(
						story.title() + " — Wijkatlas"
								+ ((story.gemeenteName() != null) ? " " + story.gemeenteName() : ""),
						(story.summary() != null) ? story.summary() : story.title(),
						"/preview/verhaal/" + slug + ".png" + lang, english));
		}
		if (path.equals("/vergelijk") || path.equals("/embed/vergelijk")) {
			List<EmbedDescriptions.AreaName> areas = compared(page).stream()
				.map(this.descriptions::area)
				.flatMap(Optional::stream)
				.toList();
			if (areas.isEmpty()) {
				return Optional.empty();
			}
			String names = String.join(" – ", areas.stream().map(EmbedDescriptions.AreaName::name).toList());
			String first = compared(page).get(0);
			return Optional.of(new Meta(
					names + (english ? " compared" : " vergeleken") + " — Wijkatlas " + areas.get(0).gemeenteName(),
					english ? "Figures, goals, credits and initiatives of " + names + " side by side, against the city."
							: "Cijfers, opgaven, kredieten en initiatieven van " + names
									+ " naast elkaar, tegen de stad.",
					"/preview/gebied/" + first + ".png" + lang, english));
		}
		String gebied = page.getQueryParams().getFirst("gebied");
		if (gebied != null) {
			return of("/gebied/" + gebied, query);
		}
		String gemeente = page.getQueryParams().getFirst("gemeente");
		String code = (gemeente != null) ? gemeente : "GM0193";
		return this.descriptions.area(code)
			.filter((area) -> area.level().equals("GEMEENTE"))
			.map((area) -> new Meta("Wijkatlas " + area.name(),
					english ? "The districts and neighbourhoods of " + area.name()
							+ " on the map, with figures, goals, credits, initiatives and stories."
							: "De stadsdelen, wijken en buurten van " + area.name()
									+ " op de kaart, met cijfers, opgaven, kredieten, initiatieven en verhalen.",
					"/preview/gebied/" + code + ".png" + lang, english));
	}

	/**
	 * Whether what a page names exists: the area of a profile or embed, the indicator of
	 * an atlas view or embed, the story of a story page or embed. Pages that name nothing
	 * exist.
	 */
	boolean exists(String path, String query) {
		UriComponents page = UriComponentsBuilder
			.fromUriString("http://x" + path + ((query == null) ? "" : "?" + query))
			.build();
		if (path.startsWith("/gebied/") && this.descriptions.area(path.substring("/gebied/".length())).isEmpty()) {
			return false;
		}
		if ((path.startsWith("/verhaal/") || path.startsWith("/embed/verhaal/"))
				&& this.descriptions.story(path.substring(path.lastIndexOf('/') + 1), false).isEmpty()) {
			return false;
		}
		String gebied = page.getQueryParams().getFirst("gebied");
		if (gebied != null && this.descriptions.area(gebied).isEmpty()) {
			return false;
		}
		for (String code : compared(page)) {
			if (this.descriptions.area(code).isEmpty()) {
				return false;
			}
		}
		String indicator = indicatorOf(page);
		return indicator == null || this.descriptions.indicator(indicator).isPresent();
	}

	/**
	 * The indicator a page names, or null: also for {@code indicator=geen}, the atlas's
	 * "no indicator" chosen on purpose (kept in the URL so a reload does not bring the
	 * default indicator back).
	 */
	static String indicatorOf(UriComponents page) {
		String indicator = page.getQueryParams().getFirst("indicator");
		return NO_INDICATOR.equals(indicator) ? null : indicator;
	}

	/**
	 * The area codes of a comparison ({@code gebieden=WK019330,WK019311}), at most four.
	 */
	static List<String> compared(UriComponents page) {
		String list = page.getQueryParams().getFirst("gebieden");
		if (list == null) {
			return List.of();
		}
		return Arrays.stream(list.split(","))
			.map(String::trim)
			.filter((c) -> !c.isEmpty())
			.distinct()
			.limit(4)
			.toList();
	}

	private static String count(long value, boolean english) {
		return NumberFormat.getIntegerInstance(english ? Locale.UK : Locale.forLanguageTag("nl-NL")).format(value);
	}

}
