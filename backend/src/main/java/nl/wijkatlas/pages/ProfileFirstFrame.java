package nl.wijkatlas.pages;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The first frame of an area profile in the server's HTML: the level line, the area's
 * name and its locator map as a static picture ({@link LocatorMaps}), in the places and
 * with the classes the front end draws them (web/src/views/profile.js), so they paint
 * with the HTML and CSS and stay where they are when the script has the rest of the
 * profile. On a slow phone connection that is seconds before the scripts, the data and
 * MapLibre have arrived.
 */
@Component
class ProfileFirstFrame {

	/** The level words of web/src/i18n.js (LEVEL_WORDS), Dutch and English. */
	private static final Map<String, String[]> LEVEL_WORDS = Map.of("GEMEENTE",
			new String[] { "Gemeente", "Municipality" }, "STADSDEEL", new String[] { "Stadsdeel", "District" }, "WIJK",
			new String[] { "Wijk", "Wijk" }, "BUURT", new String[] { "Buurt", "Buurt" }, "GEBIED",
			new String[] { "Gebied", "Area" });

	private static final String MAIN = "<main id=\"inhoud\"";

	private final EmbedDescriptions descriptions;

	ProfileFirstFrame(EmbedDescriptions descriptions) {
		this.descriptions = descriptions;
	}

	/**
	 * The page with the profile's first frame as the content of {@code <main>}; unchanged
	 * when the area is unknown or the page has no such element.
	 */
	String apply(String html, String code, boolean english) {
		Optional<EmbedDescriptions.AreaName> found = this.descriptions.area(code);
		int start = html.indexOf(MAIN);
		int open = (start < 0) ? -1 : html.indexOf('>', start);
		int end = (open < 0) ? -1 : html.indexOf("</main>", open);
		if (found.isEmpty() || end < 0) {
			return html;
		}
		EmbedDescriptions.AreaName area = found.get();
		String level = LEVEL_WORDS.getOrDefault(area.level(), new String[] { area.level(), area.level() })[english ? 1
				: 0];
		String line = (area.level().equals("GEMEENTE") || area.gemeenteName() == null) ? level
				: level + " in " + area.gemeenteName();
		// The picture's text: on a phone it stays the map until the reader asks for the
		// interactive one (web/src/views/profile.js writes the same, i18n locatorAlt).
		String where = (area.level().equals("GEMEENTE") || area.gemeenteName() == null) ? ""
				: " in " + area.gemeenteName();
		String alt = english ? "Map of where " + area.name() + where + " lies, with the names of the areas around it"
				: "Kaart van de ligging van " + area.name() + where + ", met de namen van de gebieden eromheen";
		String frame = "\n      <p class=\"profile__level\">" + escape(line) + " · <span class=\"profile__code\">"
				+ escape(code) + "</span></p>\n" + "      <h1 class=\"profile__name utrecht-heading-1\">"
				+ escape(area.name()) + "</h1>\n"
				+ "      <div class=\"profile__top\"><div class=\"profile__map-wrap\"><div class=\"map map--small profile__map\">"
				+ "<img class=\"map-first-frame\" src=\"/preview/kaart/" + escape(code) + ".svg\" alt=\"" + escape(alt)
				+ "\" elementtiming=\"map-first-frame\" /></div></div></div>\n" + "      <p class=\"page-loading\">"
				+ (english ? "Loading…" : "Bezig met laden…") + "</p>\n    ";
		return html.substring(0, open) + " data-first-frame=\"" + escape(code) + "\">" + frame + html.substring(end);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
