package nl.wijkatlas.opendata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML view of the OGC API (conformance class html): a plain server-rendered page per
 * resource — headings, tables of the properties, the links — so a browser shows
 * collections and features instead of raw JSON. No scripts and no external style sheets
 * (the app's content policy allows inline styles only). The labels are Dutch, or English
 * with {@code taal=en}; texts from the data (titles, descriptions) are in English as in
 * the JSON. Every value is HTML-escaped.
 */
final class OgcHtml {

	private static final Map<String, String[]> LABELS = Map.ofEntries(
			Map.entry("api", new String[] { "OGC API – Features van de Wijkatlas", "Wijkatlas OGC API – Features" }),
			Map.entry("collections", new String[] { "Collecties", "Collections" }),
			Map.entry("collection", new String[] { "Collectie", "Collection" }),
			Map.entry("conformance", new String[] { "Conformiteitsklassen", "Conformance classes" }),
			Map.entry("items", new String[] { "Objecten", "Features" }),
			Map.entry("queryables", new String[] { "Filterbare eigenschappen", "Queryables" }),
			Map.entry("links", new String[] { "Koppelingen", "Links" }),
			Map.entry("title", new String[] { "Titel", "Title" }),
			Map.entry("description", new String[] { "Beschrijving", "Description" }),
			Map.entry("property", new String[] { "Eigenschap", "Property" }),
			Map.entry("parameter", new String[] { "Parameter", "Parameter" }),
			Map.entry("in", new String[] { "Plaats", "In" }), Map.entry("value", new String[] { "Waarde", "Value" }),
			Map.entry("type", new String[] { "Type", "Type" }),
			Map.entry("json", new String[] { "Deze pagina als JSON", "This page as JSON" }),
			Map.entry("next", new String[] { "Volgende pagina", "Next page" }),
			Map.entry("prev", new String[] { "Vorige pagina", "Previous page" }),
			Map.entry("matched",
					new String[] { "%d gevonden, %d op deze pagina (vanaf nummer %d).",
							"%d matched, %d on this page (from number %d)." }),
			Map.entry("attribution", new String[] { "Bronvermelding", "Attribution" }),
			Map.entry("license", new String[] { "Licentie", "Licence" }),
			Map.entry("storageCrs", new String[] { "Opslag-CRS", "Storage CRS" }),
			Map.entry("crs", new String[] { "Beschikbare CRS'en", "Offered CRSs" }),
			Map.entry("bbox",
					new String[] { "Omgrenzing (WGS84: west, zuid, oost, noord)",
							"Extent (WGS84: west, south, east, north)" }),
			Map.entry("breadcrumb", new String[] { "Kruimelpad", "Breadcrumb" }),
			Map.entry("pages", new String[] { "Bladeren", "Pages" }),
			Map.entry("other", new String[] { "English", "Nederlands" }),
			Map.entry("none", new String[] { "Geen objecten gevonden.", "No features matched." }));

	private static final String STYLE = """
			body{font-family:system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;line-height:1.5;color:#1a1a1a}
			table{border-collapse:collapse;margin:1rem 0}.scroll{overflow-x:auto;max-width:100%}.scroll:focus{outline:2px solid #000}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
			th{background:#eee}caption{text-align:left;font-weight:bold}a{color:#0645ad}a:focus{outline:2px solid #000}
			nav ol{list-style:none;padding:0}nav li{display:inline}nav li+li::before{content:" › "}
			""";

	private final HttpServletRequest request;

	private final boolean english;

	private final StringBuilder body = new StringBuilder();

	private final List<String[]> crumbs = new ArrayList<>();

	private OgcHtml(HttpServletRequest request, boolean english) {
		this.request = request;
		this.english = english;
	}

	static OgcHtml page(HttpServletRequest request, String taal) {
		OgcHtml page = new OgcHtml(request, OgcParameters.english(taal));
		page.crumbs.add(new String[] { page.label("api"), page.href(OgcLinks.ogc(request)) });
		return page;
	}

	String label(String key) {
		return LABELS.get(key)[this.english ? 1 : 0];
	}

	/** Adds a step to the breadcrumb trail, linking to an OGC API URL in HTML. */
	OgcHtml crumb(String text, String url) {
		this.crumbs.add(new String[] { text, href(url) });
		return this;
	}

	/** The URL of another OGC API resource in this view (HTML, same language). */
	String href(String url) {
		return url + (url.contains("?") ? "&" : "?") + "f=html" + (this.english ? "&taal=en" : "");
	}

	OgcHtml heading(int level, String text) {
		this.body.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append(">\n");
		return this;
	}

	OgcHtml paragraph(String text) {
		if (text != null && !text.isBlank()) {
			this.body.append("<p>").append(escape(text)).append("</p>\n");
		}
		return this;
	}

	OgcHtml raw(String html) {
		this.body.append(html);
		return this;
	}

	/** A table whose cells are already HTML (escape what comes from data). */
	OgcHtml table(String caption, List<String> headers, List<List<String>> rows) {
		// A wide table scrolls in its own box on a phone instead of widening the page;
		// the box
		// takes keyboard focus so that it can be scrolled without a pointer.
		this.body.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
			.append(escape(caption))
			.append("\">\n<table>\n<caption>")
			.append(escape(caption))
			.append("</caption>\n<thead><tr>");
		for (String header : headers) {
			this.body.append("<th scope=\"col\">").append(escape(header)).append("</th>");
		}
		this.body.append("</tr></thead>\n<tbody>\n");
		for (List<String> row : rows) {
			this.body.append("<tr>");
			for (int i = 0; i < row.size(); i++) {
				String tag = (i == 0) ? "th scope=\"row\"" : "td";
				this.body.append('<')
					.append(tag)
					.append('>')
					.append(row.get(i))
					.append("</")
					.append(tag.split(" ")[0])
					.append('>');
			}
			this.body.append("</tr>\n");
		}
		this.body.append("</tbody>\n</table>\n</div>\n");
		return this;
	}

	/** A two-column table of names and values (text, escaped here). */
	OgcHtml properties(String caption, Map<String, ?> values) {
		List<List<String>> rows = new ArrayList<>();
		values.forEach((name, value) -> rows.add(List.of(escape(name), escape(text(value)))));
		return table(caption, List.of(label("property"), label("value")), rows);
	}

	/**
	 * The links of a JSON resource as a list, each to its HTML view where there is one.
	 */
	OgcHtml links(List<Map<String, Object>> links) {
		this.body.append("<h2>").append(escape(label("links"))).append("</h2>\n<ul>\n");
		for (Map<String, Object> link : links) {
			String href = String.valueOf(link.get("href"));
			String type = String.valueOf(link.get("type"));
			boolean ours = href.startsWith(OgcLinks.ogc(this.request)) && !href.contains("/ogc/api")
					&& (type.equals(OgcLinks.JSON) || type.equals(OgcLinks.GEO_JSON)
							|| type.equals(OgcController.SCHEMA_JSON));
			this.body.append("<li>")
				.append(anchor(ours ? href(href) : href, text(link.get("title"))))
				.append(" <small>(")
				.append(escape(text(link.get("rel"))))
				.append(ours ? "" : ", " + escape(type))
				.append(")</small></li>\n");
		}
		this.body.append("</ul>\n");
		return this;
	}

	/** Links to the previous and next page, in this view. */
	OgcHtml paging(String prev, String next) {
		if (prev == null && next == null) {
			return this;
		}
		this.body.append("<nav aria-label=\"").append(escape(label("pages"))).append("\"><p>");
		if (prev != null) {
			this.body.append(anchor(href(withoutFormat(prev)), "← " + label("prev"))).append(' ');
		}
		if (next != null) {
			this.body.append(anchor(href(withoutFormat(next)), label("next") + " →"));
		}
		this.body.append("</p></nav>\n");
		return this;
	}

	String anchor(String href, String text) {
		return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
	}

	/**
	 * The page: the title, the trail, the content, and links to the JSON and the other
	 * language.
	 */
	ResponseEntity<String> render(String title) {
		String json = ServletUriComponentsBuilder.fromRequest(this.request)
			.replaceQueryParam("f", "json")
			.replaceQueryParam("taal")
			.build()
			.toUriString();
		String other = ServletUriComponentsBuilder.fromRequest(this.request)
			.replaceQueryParam("f", "html")
			.replaceQueryParam("taal", this.english ? "nl" : "en")
			.build()
			.toUriString();
		StringBuilder html = new StringBuilder();
		html.append("<!doctype html>\n<html lang=\"")
			.append(this.english ? "en" : "nl")
			.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
			.append(escape(title + " – " + label("api")))
			.append("</title>\n<link rel=\"alternate\" type=\"application/json\" href=\"")
			.append(escape(json))
			.append("\">\n<style>")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<header>\n<nav aria-label=\"")
			.append(escape(label("breadcrumb")))
			.append("\"><ol>");
		for (int i = 0; i < this.crumbs.size(); i++) {
			String[] crumb = this.crumbs.get(i);
			html.append("<li>")
				.append((i == this.crumbs.size() - 1) ? escape(crumb[0]) : anchor(crumb[1], crumb[0]))
				.append("</li>");
		}
		html.append("</ol></nav>\n<p><a href=\"")
			.append(escape(other))
			.append("\" hreflang=\"")
			.append(this.english ? "nl" : "en")
			.append("\" lang=\"")
			.append(this.english ? "nl" : "en")
			.append("\">")
			.append(escape(label("other")))
			.append("</a></p>\n</header>\n<main>\n<h1>")
			.append(escape(title))
			.append("</h1>\n")
			.append(this.body)
			.append("</main>\n<footer>\n<p><a href=\"")
			.append(escape(json))
			.append("\" type=\"application/json\">")
			.append(escape(label("json")))
			.append("</a></p>\n</footer>\n</body>\n</html>\n");
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(html.toString());
	}

	/** The columns of a feature table: every property that any feature has, in order. */
	static List<String> columns(List<Map<String, Object>> features) {
		Set<String> columns = new LinkedHashSet<>();
		for (Map<String, Object> feature : features) {
			Object properties = feature.get("properties");
			if (properties instanceof Map<?, ?> map) {
				map.keySet().forEach((key) -> columns.add(String.valueOf(key)));
			}
		}
		return new ArrayList<>(columns);
	}

	/** A value as text; missing is shown empty, never as 0. */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(OgcHtml::text).toList());
		}
		return String.valueOf(value);
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape((text != null) ? text : "", "UTF-8");
	}

	private static String withoutFormat(String url) {
		return org.springframework.web.util.UriComponentsBuilder.fromUriString(url)
			.replaceQueryParam("f")
			.replaceQueryParam("taal")
			.build()
			.toUriString();
	}

}
