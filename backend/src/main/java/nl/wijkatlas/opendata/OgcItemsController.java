package nl.wijkatlas.opendata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkatlas.area.GemeenteCode;
import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.opendata.AreaFeatures.IndicatorLayer;
import nl.wijkatlas.problem.RequestRefused;
import nl.wijkatlas.opendata.OgcParameters.Format;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The features of an OGC API collection: {@code /ogc/collections/{id}/items} with
 * {@code bbox}, {@code limit}, {@code offset} (and {@code next}/{@code prev} links),
 * {@code datetime}, {@code crs} and {@code bbox-crs} (Part 2: CRS84, RD New, ETRS89), and
 * optionally {@code indicator}, {@code period} and {@code gemeente} (only that gemeente's
 * areas, e.g. {@code GM1771}); and one feature by its area code. GeoJSON, written by
 * PostGIS.
 */
@RestController
@CrossOrigin(origins = "*", exposedHeaders = { "ETag", "Content-Disposition", "Content-Crs" })
record OgcItemsController(AreaFeatures features, IndicatorLayers layers) {

	private static final MediaType GEO_JSON = MediaType.parseMediaType(OgcLinks.GEO_JSON);

	static final Set<String> ITEMS_PARAMETERS = Set.of("f", "taal", "bbox", "bbox-crs", "crs", "limit", "offset",
			"datetime", "indicator", "period", "gemeente", "filter", "filter-lang");

	/** The only filter language offered; also the default (Part 3). */
	static final String CQL2_TEXT = "cql2-text";

	static final Set<String> ITEM_PARAMETERS = Set.of("f", "taal", "crs", "indicator", "period");

	/** Reads PostGIS's GeoJSON back only for the HTML view. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Part 2: every response with coordinates names their CRS. */
	private static final String CONTENT_CRS = "Content-Crs";

	@GetMapping("/ogc/collections/{collectionId}/items")
	ResponseEntity<?> items(@PathVariable String collectionId, @RequestParam(required = false) String f,
			@RequestParam(required = false) String bbox, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String datetime,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) String period,
			@RequestParam(required = false) String gemeente, @RequestParam(required = false) String crs,
			@RequestParam(name = "bbox-crs", required = false) String bboxCrs,
			@RequestParam(required = false) String filter,
			@RequestParam(name = "filter-lang", required = false) String filterLang,
			@RequestParam(required = false) String taal, HttpServletRequest request) {
		AreaCollection collection = requireCollection(collectionId);
		OgcParameters.allowOnly(request, ITEMS_PARAMETERS);
		String gemeenteCode = GemeenteCode.parameter(gemeente);
		Format format = OgcParameters.format(request, f, true);
		OgcCrs contentCrs = OgcCrs.parameter("crs", crs);
		OgcCrs boxCrs = OgcCrs.parameter("bbox-crs", bboxCrs);
		if (bboxCrs != null && bbox == null) {
			throw RequestRefused.badParameter("bbox-crs", "names the CRS of bbox, but there is no bbox");
		}
		BoundingBox box = (bbox != null) ? BoundingBox.parse(bbox, boxCrs) : null;
		int pageSize = OgcParameters.limit(limit);
		int skip = OgcParameters.offset(offset);
		OgcParameters.checkDatetime(datetime);
		AttributeFilter attributes = filter(filter, filterLang);
		if (gemeenteCode != null && !this.features.gemeenteExists(gemeenteCode)) {
			throw RequestRefused.notFound("No gemeente with code " + gemeenteCode);
		}
		IndicatorLayer layer = this.layers.resolve(indicator, period, collection.level());

		int matched = this.features.count(collection.level(), gemeenteCode, box, attributes);
		AreaFeatures.Page page = this.features.features(collection.level(), gemeenteCode, box, attributes, pageSize,
				skip, layer, contentCrs);
		int returned = page.size();

		String ogc = OgcLinks.ogc(request);
		List<Map<String, Object>> links = new ArrayList<>();
		links.add(OgcLinks.link(OgcLinks.self(request), "self", OgcLinks.GEO_JSON, "This page"));
		links.add(OgcLinks.link(
				ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("f", "html").build().toUriString(),
				"alternate", OgcLinks.HTML, "This page as HTML"));
		String next = (skip + pageSize < matched) ? page(request, pageSize, skip + pageSize) : null;
		String prev = (skip > 0) ? page(request, pageSize, Math.max(0, skip - pageSize)) : null;
		if (next != null) {
			links.add(OgcLinks.link(next, "next", OgcLinks.GEO_JSON, "Next page"));
		}
		if (prev != null) {
			links.add(OgcLinks.link(prev, "prev", OgcLinks.GEO_JSON, "Previous page"));
		}
		links
			.add(OgcLinks.link(ogc + "/collections/" + collection.id(), "collection", OgcLinks.JSON, "The collection"));

		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "FeatureCollection");
		body.put("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		body.put("numberMatched", matched);
		body.put("numberReturned", returned);
		body.put("links", links);
		if (format == Format.HTML) {
			return itemsPage(request, taal, collection, matched, returned, skip, prev, next, page.features());
		}
		body.put("features", new RawValue(page.features()));
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.header(CONTENT_CRS, contentCrs.header())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(body);
	}

	@GetMapping("/ogc/collections/{collectionId}/items/{featureId}")
	ResponseEntity<?> item(@PathVariable String collectionId, @PathVariable String featureId,
			@RequestParam(required = false) String f, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) String period, @RequestParam(required = false) String crs,
			@RequestParam(required = false) String taal, HttpServletRequest request) {
		AreaCollection collection = requireCollection(collectionId);
		OgcParameters.allowOnly(request, ITEM_PARAMETERS);
		Format format = OgcParameters.format(request, f, true);
		OgcCrs contentCrs = OgcCrs.parameter("crs", crs);
		IndicatorLayer layer = this.layers.resolve(indicator, period, collection.level());
		String collectionHref = OgcLinks.ogc(request) + "/collections/" + collection.id();
		String feature = this.features
			.feature(collection.level(), featureId, layer, OgcLinks.self(request), collectionHref, contentCrs)
			.orElseThrow(() -> RequestRefused
				.notFound("No feature '" + featureId + "' in collection '" + collection.id() + "'"));
		if (format == Format.HTML) {
			return itemPage(request, taal, collection, feature);
		}
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.header(CONTENT_CRS, contentCrs.header())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(feature.getBytes(StandardCharsets.UTF_8));
	}

	/** Part 3: the compiled {@code filter}, null without one. */
	static AttributeFilter filter(String filter, String filterLang) {
		if (filterLang != null && !filterLang.equals(CQL2_TEXT)) {
			throw RequestRefused.badParameter("filter-lang",
					"'" + filterLang + "' is not offered; the only filter language is " + CQL2_TEXT);
		}
		return (filter != null) ? Cql2Text.compile(filter) : null;
	}

	/**
	 * The features as an HTML table, one row per area with its code linking to the area's
	 * page; the geometry is left out (the JSON has it).
	 */
	private static ResponseEntity<String> itemsPage(HttpServletRequest request, String taal, AreaCollection collection,
			int matched, int returned, int skip, String prev, String next, String featuresJson) {
		OgcHtml html = OgcHtml.page(request, taal);
		String collectionHref = OgcLinks.ogc(request) + "/collections/" + collection.id();
		html.crumb(html.label("collections"), OgcLinks.ogc(request) + "/collections")
			.crumb(collection.title(), collectionHref);
		List<Map<String, Object>> features = JSON.readValue(featuresJson, new TypeReference<>() {
		});
		List<String> columns = OgcHtml.columns(features);
		List<List<String>> rows = new ArrayList<>();
		for (Map<String, Object> feature : features) {
			Map<?, ?> properties = (Map<?, ?>) feature.get("properties");
			List<String> row = new ArrayList<>();
			for (String column : columns) {
				String value = OgcHtml.text(properties.get(column));
				row.add(column.equals("code")
						? html.anchor(html.href(collectionHref + "/items/" + encode(value)), value)
						: OgcHtml.escape(value));
			}
			rows.add(row);
		}
		html.paragraph(html.label("matched").formatted(matched, returned, skip + 1)).paging(prev, next);
		if (rows.isEmpty()) {
			html.paragraph(html.label("none"));
		}
		else {
			html.table(collection.title(), columns, rows);
		}
		return html.paging(prev, next).render(collection.title() + " – " + html.label("items"));
	}

	/** One feature's properties as an HTML table, with its links. */
	private static ResponseEntity<String> itemPage(HttpServletRequest request, String taal, AreaCollection collection,
			String featureJson) {
		Map<String, Object> feature = JSON.readValue(featureJson, new TypeReference<>() {
		});
		OgcHtml html = OgcHtml.page(request, taal);
		String collectionHref = OgcLinks.ogc(request) + "/collections/" + collection.id();
		html.crumb(html.label("collections"), OgcLinks.ogc(request) + "/collections")
			.crumb(collection.title(), collectionHref)
			.crumb(html.label("items"), collectionHref + "/items");
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> links = (List<Map<String, Object>>) feature.get("links");
		return html.properties(String.valueOf(feature.get("id")), properties)
			.links(links)
			.render(OgcHtml.text(properties.get("name")) + " (" + feature.get("id") + ")");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static AreaCollection requireCollection(String collectionId) {
		return AreaCollection.byId(collectionId)
			.orElseThrow(() -> RequestRefused
				.notFound("No collection '" + collectionId + "'; the collections are " + AreaLevel.pluralsInWords()));
	}

	private static String page(HttpServletRequest request, int limit, int offset) {
		return ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam("limit", limit)
			.replaceQueryParam("offset", offset)
			.build()
			.toUriString();
	}

}
