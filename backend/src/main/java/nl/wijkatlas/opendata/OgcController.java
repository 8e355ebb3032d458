package nl.wijkatlas.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkatlas.opendata.AreaFeatures.Extent;
import nl.wijkatlas.opendata.OgcParameters.Format;
import nl.wijkatlas.problem.RequestRefused;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OGC API – Features, Part 1 Core and Part 2 CRS by reference: the landing page,
 * conformance, the API definition and the collections — one per area level that has
 * areas, and Part 3's queryables. Items are served by {@link OgcItemsController}. JSON,
 * or HTML for browsers ({@link OgcHtml}).
 */
@RestController
@CrossOrigin(origins = "*", exposedHeaders = { "ETag", "Content-Disposition" })
record OgcController(AreaFeatures features) {

	static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

	static final List<String> CONFORMANCE = List.of("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
			"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
			"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
			"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
			"http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
			"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
			"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
			"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
			"http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
			"http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
			"http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators");

	/** The link relation of a collection's queryables (OGC API – Features Part 3). */
	static final String QUERYABLES_REL = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

	static final String SCHEMA_JSON = "application/schema+json";

	/** Every resource takes f (format) and taal (the HTML view's language). */
	private static final Set<String> F_ONLY = Set.of("f", "taal");

	@GetMapping({ "/ogc", "/ogc/" })
	ResponseEntity<?> landingPage(@RequestParam(required = false) String f, @RequestParam(required = false) String taal,
			HttpServletRequest request) {
		Format format = format(request, f);
		String ogc = OgcLinks.ogc(request);
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("title", "Wijkatlas – areas (OGC API – Features)");
		page.put("description", "The areas of the Wijkatlas — gemeente, stadsdelen, wijken, buurten and gebieden — "
				+ "with their current boundaries in WGS84 (CRS84) by default, in RD New or ETRS89 with crs=. Add ?indicator=CODE&period=YYYY to the items to get an "
				+ "indicator's figures as properties (status MISSING and no value where an area has none). "
				+ "Filter the items with CQL2 text (filter=level='BUURT' AND parent_code='WK019330') over each "
				+ "collection's queryables.");
		page.put("links", List.of(OgcLinks.link(ogc, "self", OgcLinks.JSON, "This document"),
				OgcLinks.link(ogc + "?f=html", "alternate", OgcLinks.HTML, "This document as HTML"),
				OgcLinks.link(ogc + "/api", "service-desc", OgcLinks.OPEN_API, "The API definition (OpenAPI 3.0)"),
				OgcLinks.link(ogc + "/api?f=html", "service-doc", OgcLinks.HTML, "The API documentation (HTML)"),
				OgcLinks.link(ogc + "/conformance", "conformance", OgcLinks.JSON, "Conformance classes implemented"),
				OgcLinks.link(ogc + "/collections", "data", OgcLinks.JSON, "The area collections")));
		if (format == Format.HTML) {
			OgcHtml html = OgcHtml.page(request, taal);
			return html.paragraph((String) page.get("description")).links(links(page)).render(html.label("api"));
		}
		return json(page);
	}

	@GetMapping("/ogc/conformance")
	ResponseEntity<?> conformance(@RequestParam(required = false) String f, @RequestParam(required = false) String taal,
			HttpServletRequest request) {
		if (format(request, f) == Format.HTML) {
			OgcHtml html = OgcHtml.page(request, taal);
			StringBuilder list = new StringBuilder("<ul>\n");
			CONFORMANCE.forEach((uri) -> list.append("<li>").append(html.anchor(uri, uri)).append("</li>\n"));
			return html.raw(list.append("</ul>\n").toString()).render(html.label("conformance"));
		}
		return json(Map.of("conformsTo", CONFORMANCE));
	}

	@GetMapping("/ogc/api")
	ResponseEntity<String> api(@RequestParam(required = false) String f, @RequestParam(required = false) String taal,
			HttpServletRequest request) {
		if (format(request, f) == Format.HTML) {
			return apiPage(OgcHtml.page(request, taal));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(OgcLinks.OPEN_API))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(OgcOpenApi.document(OgcLinks.ogc(request)));
	}

	/**
	 * The API definition for a reader: each operation with its description and a table of
	 * its parameters (the JSON is the definition itself).
	 */
	@SuppressWarnings("unchecked")
	private static ResponseEntity<String> apiPage(OgcHtml html) {
		Map<String, Object> definition = OgcOpenApi.definition();
		Map<String, Object> info = (Map<String, Object>) definition.get("info");
		Map<String, Object> parameters = (Map<String, Object>) ((Map<String, Object>) definition.get("components"))
			.get("parameters");
		html.paragraph((String) info.get("description"));
		((Map<String, Object>) definition.get("paths")).forEach((path, item) -> {
			((Map<String, Object>) item).forEach((method, value) -> {
				Map<String, Object> operation = (Map<String, Object>) value;
				html.heading(2, method.toUpperCase(Locale.ROOT) + " " + path)
					.paragraph((String) operation.get("summary"))
					.paragraph((String) operation.get("description"));
				List<List<String>> rows = new ArrayList<>();
				for (Object entry : (List<Object>) operation.getOrDefault("parameters", List.of())) {
					Map<String, Object> parameter = (Map<String, Object>) entry;
					Object ref = parameter.get("$ref");
					if (ref != null) {
						String name = ((String) ref).substring(((String) ref).lastIndexOf('/') + 1);
						parameter = (Map<String, Object>) parameters.get(name);
					}
					rows.add(List.of(OgcHtml.escape((String) parameter.get("name")),
							OgcHtml.escape((String) parameter.get("in")),
							OgcHtml.escape((String) parameter.get("description"))));
				}
				html.table(method.toUpperCase(Locale.ROOT) + " " + path,
						List.of(html.label("parameter"), html.label("in"), html.label("description")), rows);
			});
		});
		return html.render((String) info.get("title"));
	}

	@GetMapping("/ogc/collections")
	ResponseEntity<?> collections(@RequestParam(required = false) String f, @RequestParam(required = false) String taal,
			HttpServletRequest request) {
		Format format = format(request, f);
		String ogc = OgcLinks.ogc(request);
		List<Map<String, Object>> collections = new ArrayList<>();
		for (Extent extent : this.features.extents(null)) {
			collections.add(collection(OgcLinks.base(request), extent));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("links", List.of(OgcLinks.link(ogc + "/collections", "self", OgcLinks.JSON, "This document"),
				OgcLinks.link(ogc + "/collections?f=html", "alternate", OgcLinks.HTML, "This document as HTML")));
		body.put("collections", collections);
		if (format == Format.HTML) {
			OgcHtml html = OgcHtml.page(request, taal);
			List<List<String>> rows = new ArrayList<>();
			for (Map<String, Object> collection : collections) {
				String id = (String) collection.get("id");
				rows.add(List.of(html.anchor(html.href(ogc + "/collections/" + id), id),
						OgcHtml.escape((String) collection.get("title")),
						OgcHtml.escape((String) collection.get("description"))));
			}
			return html
				.table(html.label("collections"),
						List.of(html.label("collection"), html.label("title"), html.label("description")), rows)
				.render(html.label("collections"));
		}
		return json(body);
	}

	@GetMapping("/ogc/collections/{collectionId}")
	ResponseEntity<?> collection(@PathVariable String collectionId, @RequestParam(required = false) String f,
			@RequestParam(required = false) String taal, HttpServletRequest request) {
		Format format = format(request, f);
		AreaCollection wanted = OgcItemsController.requireCollection(collectionId);
		Extent extent = this.features.extents(null)
			.stream()
			.filter((e) -> e.level() == wanted.level())
			.findFirst()
			.orElseThrow(() -> RequestRefused.notFound("No collection '" + collectionId + "'"));
		Map<String, Object> body = collection(OgcLinks.base(request), extent);
		if (format == Format.HTML) {
			OgcHtml html = OgcHtml.page(request, taal);
			html.crumb(html.label("collections"), OgcLinks.ogc(request) + "/collections");
			Map<String, Object> facts = new LinkedHashMap<>();
			facts.put(html.label("attribution"), body.get("attribution"));
			facts.put(html.label("license"), body.get("license"));
			facts.put(html.label("storageCrs"), body.get("storageCrs"));
			facts.put(html.label("crs"), body.get("crs"));
			facts.put(html.label("bbox"), List.of(extent.west(), extent.south(), extent.east(), extent.north()));
			return html.paragraph((String) body.get("description"))
				.properties(html.label("collection"), facts)
				.links(links(body))
				.render((String) body.get("title"));
		}
		return json(body);
	}

	/**
	 * Part 3: the properties a {@code filter} may name, as a JSON Schema (draft 2020-12).
	 * The same for every collection except the level, which each collection fixes.
	 */
	@GetMapping("/ogc/collections/{collectionId}/queryables")
	ResponseEntity<?> queryables(@PathVariable String collectionId, @RequestParam(required = false) String f,
			@RequestParam(required = false) String taal, HttpServletRequest request) {
		Format format = format(request, f);
		AreaCollection collection = OgcItemsController.requireCollection(collectionId);
		String href = OgcLinks.ogc(request) + "/collections/" + collection.id() + "/queryables";
		Map<String, Object> properties = new LinkedHashMap<>();
		for (Queryable queryable : Queryable.values()) {
			Map<String, Object> property = new LinkedHashMap<>();
			property.put("title", queryable.title());
			property.put("description", queryable.description());
			if (queryable.type() == Queryable.Type.GEOMETRY) {
				property.put("format", "geometry-multipolygon");
			}
			else {
				property.put("type", queryable.type().jsonType());
			}
			if (queryable == Queryable.LEVEL) {
				property.put("enum", List.of(collection.level().name()));
			}
			properties.put(queryable.property(), property);
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("$id", href);
		schema.put("type", "object");
		schema.put("title", collection.title());
		schema.put("description",
				"The properties of " + collection.id()
						+ " that a CQL2 text filter (filter=..., filter-lang=cql2-text) may compare, e.g. "
						+ "level='BUURT' AND parent_code='WK019330'. Spatial and temporal operators are not offered; "
						+ "use bbox.");
		schema.put("properties", properties);
		schema.put("additionalProperties", false);
		if (format == Format.HTML) {
			OgcHtml html = OgcHtml.page(request, taal);
			html.crumb(html.label("collections"), OgcLinks.ogc(request) + "/collections")
				.crumb(collection.title(), OgcLinks.ogc(request) + "/collections/" + collection.id());
			List<List<String>> rows = new ArrayList<>();
			for (Queryable queryable : Queryable.values()) {
				rows.add(List.of(OgcHtml.escape(queryable.property()),
						OgcHtml.escape((queryable.type() == Queryable.Type.GEOMETRY) ? "geometry-multipolygon"
								: queryable.type().jsonType()),
						OgcHtml.escape(queryable.title()), OgcHtml.escape(queryable.description())));
			}
			return html.paragraph((String) schema.get("description"))
				.table(html.label("queryables"),
						List.of(html.label("property"), html.label("type"), html.label("title"),
								html.label("description")),
						rows)
				.render(html.label("queryables") + ": " + collection.title());
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(SCHEMA_JSON))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(schema);
	}

	private static Map<String, Object> collection(String base, Extent extent) {
		String ogc = base + "/ogc";
		AreaCollection collection = AreaCollection.of(extent.level());
		String href = ogc + "/collections/" + collection.id();
		List<Map<String, Object>> links = new ArrayList<>();
		links.add(OgcLinks.link(href, "self", OgcLinks.JSON, "This collection"));
		links.add(OgcLinks.link(href + "?f=html", "alternate", OgcLinks.HTML, "This collection as HTML"));
		links.add(OgcLinks.link(href + "/items", "items", OgcLinks.GEO_JSON, collection.title() + " as GeoJSON"));
		links.add(OgcLinks.link(href + "/queryables", QUERYABLES_REL, SCHEMA_JSON,
				"The properties a filter may name (JSON Schema)"));
		links.add(OgcLinks.link(base + "/data/areas/" + collection.slug() + ".geojson", "enclosure", OgcLinks.GEO_JSON,
				"All " + collection.id() + " in one GeoJSON file"));
		for (String licence : extent.licences()) {
			String url = licenceUrl(licence);
			if (url != null) {
				links.add(OgcLinks.link(url, "license", "text/html", licence));
			}
		}
		Map<String, Object> spatial = new LinkedHashMap<>();
		spatial.put("bbox", List.of(List.of(extent.west(), extent.south(), extent.east(), extent.north())));
		spatial.put("crs", CRS84);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", collection.id());
		body.put("title", collection.title());
		body.put("description", collection.description() + " Areas: " + extent.count() + ". Attribution: "
				+ String.join("; ", extent.attributions()) + ".");
		body.put("attribution", String.join("; ", extent.attributions()));
		body.put("license", String.join("; ", extent.licences()));
		body.put("itemType", "feature");
		body.put("storageCrs", OgcCrs.STORAGE.uri());
		body.put("crs", OgcCrs.uris());
		body.put("extent", Map.of("spatial", spatial));
		body.put("links", links);
		return body;
	}

	private static String licenceUrl(String licence) {
		return switch (licence.strip().toUpperCase(Locale.ROOT)) {
			case "CC BY 4.0", "CC-BY-4.0", "CC BY" -> "https://creativecommons.org/licenses/by/4.0/";
			case "CC0", "CC0 1.0", "CC0-1.0", "PUBLIC DOMAIN" -> "https://creativecommons.org/publicdomain/zero/1.0/";
			default -> null;
		};
	}

	private static Format format(HttpServletRequest request, String f) {
		OgcParameters.allowOnly(request, F_ONLY);
		return OgcParameters.format(request, f, false);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> links(Map<String, Object> body) {
		return (List<Map<String, Object>>) body.get("links");
	}

	/** JSON, which varies with Accept since a browser gets the HTML view instead. */
	private static ResponseEntity<Map<String, Object>> json(Map<String, Object> body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(body);
	}

}
