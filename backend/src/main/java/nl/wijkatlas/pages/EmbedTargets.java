package nl.wijkatlas.pages;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which pages of this site can be embedded, and the embed page (under {@code /embed/})
 * that shows each: the atlas and an area profile as a map embed, a story as a story
 * embed.
 */
final class EmbedTargets {

	/** An area code in a page URL (what /gebied/{code} and the previews accept). */
	static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{2,40}");

	/** A story slug in a page URL. */
	static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

	private static final List<String> MAP_PARAMS = List.of("gebied", "gemeente", "indicator", "periode", "niveau",
			"taal");

	private EmbedTargets() {
	}

	/**
	 * The path and query of the embed page for a page path and query of this site, or
	 * null when the page cannot be embedded.
	 */
	static String embedPathFor(String path, String query) {
		UriComponents given = UriComponentsBuilder
			.fromUriString("http://x" + path + ((query == null) ? "" : "?" + query))
			.build();
		String p = (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
		UriComponentsBuilder embed = UriComponentsBuilder.newInstance();
		if (p.isEmpty() || p.equals("/") || p.equals("/embed/kaart")) {
			embed.path("/embed/kaart");
			copy(given, embed, MAP_PARAMS);
		}
		else if (p.startsWith("/gebied/") && CODE.matcher(p.substring(8)).matches()) {
			embed.path("/embed/kaart").queryParam("gebied", p.substring(8));
			copy(given, embed, List.of("indicator", "periode", "taal"));
		}
		else if (p.equals("/vergelijk") || p.equals("/embed/vergelijk")) {
			embed.path("/embed/vergelijk");
			String codes = given.getQueryParams().getFirst("gebieden");
			if (codes == null || !codes.matches("[A-Za-z0-9_]{2,40}(,[A-Za-z0-9_]{2,40}){0,3}")) {
				return null;
			}
			embed.queryParam("gebieden", codes);
			copy(given, embed, List.of("taal"));
		}
		else if ((p.startsWith("/verhaal/") && SLUG.matcher(p.substring(9)).matches())
				|| (p.startsWith("/embed/verhaal/") && SLUG.matcher(p.substring(15)).matches())) {
			embed.path("/embed/verhaal/" + p.substring(p.lastIndexOf('/') + 1));
			copy(given, embed, List.of("hoofdstuk", "periode", "taal"));
		}
		else {
			return null;
		}
		return embed.build().encode().toUriString();
	}

	private static void copy(UriComponents from, UriComponentsBuilder to, List<String> names) {
		for (String name : names) {
			String value = from.getQueryParams().getFirst(name);
			if ("indicator".equals(name) && PageMetadata.NO_INDICATOR.equals(value)) {
				continue; // an embed has no default indicator: no indicator is the plain
							// map
			}
			if (value != null && !value.isBlank() && value.length() <= 100 && value.matches("[A-Za-z0-9_.-]+")) {
				to.queryParam(name, value);
			}
		}
	}

	/**
	 * The path and query of a URL when it points at this site (same scheme-less host and
	 * port).
	 */
	static URI sameSite(String url, URI site) {
		try {
			URI uri = new URI(url);
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(site.getHost())) {
				return null;
			}
			if (port(uri) != port(site)) {
				return null;
			}
			return uri;
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
