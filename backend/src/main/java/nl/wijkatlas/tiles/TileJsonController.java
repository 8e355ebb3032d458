package nl.wijkatlas.tiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.caching.DataVersion;
import nl.wijkatlas.caching.HttpCaching;
import nl.wijkatlas.config.WijkatlasProperties;
import nl.wijkatlas.problem.RequestRefused;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tiles as a product: TileJSON 3.0.0 per layer at {@code GET /tiles/{layer}.json}
 * (the same {@code indicator}, {@code period} and {@code gemeente} parameters as the
 * tiles, passed on to the URL template) and a MapLibre style at
 * {@code GET /tiles/style.json} that draws every level with its names. Features carry a
 * numeric MVT id (stable, from the code); {@code code} is also a property, for
 * {@code promoteId}.
 */
@RestController
@CrossOrigin(origins = "*", exposedHeaders = "ETag")
class TileJsonController {

	static final int MIN_ZOOM = 0;

	/** Beyond this clients overzoom: the finest geometry is already in the z16 tile. */
	static final int MAX_ZOOM = 16;

	private static final double EARTH_RADIUS = 6378137;

	private static final Map<TileLayer, String> DESCRIPTIONS = Map.of(TileLayer.GEMEENTEN, "Gemeenten",
			TileLayer.STADSDELEN, "Stadsdelen (stated or provisional)", TileLayer.WIJKEN, "CBS wijken",
			TileLayer.BUURTEN, "CBS buurten", TileLayer.GEBIEDEN, "Gebieden that municipal documents name");

	private final TileRepository tiles;

	private final DataVersion dataVersion;

	private final HttpCaching caching;

	private final WijkatlasProperties properties;

	private final String glyphs;

	TileJsonController(TileRepository tiles, DataVersion dataVersion, HttpCaching caching,
			WijkatlasProperties properties,
			@Value("${wijkatlas.tiles.glyphs-url:https://demotiles.maplibre.org/font/{fontstack}/{range}.pbf}") String glyphs) {
		this.tiles = tiles;
		this.dataVersion = dataVersion;
		this.caching = caching;
		this.properties = properties;
		this.glyphs = glyphs;
	}

	@GetMapping(path = "/tiles/{layer}.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> tileJson(@PathVariable String layer,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) String period,
			@RequestParam(required = false) String gemeente, WebRequest request) {
		TileRequest parsed = TileRequest.parse(layer, "0", "0", "0", indicator, period, gemeente);
		long version = this.dataVersion.current();
		String etag = this.caching.etag(version, "tilejson", layer, indicator, period, parsed.gemeente());
		if (request.checkNotModified(etag)) {
			return null;
		}
		TileRepository.Catalogue catalogue = this.tiles.catalogue(version);
		if (indicator != null && !catalogue.indicators().contains(indicator)) {
			throw RequestRefused.notFound("No indicator with code " + indicator);
		}
		if (parsed.gemeente() != null && !catalogue.hasGemeente(parsed.gemeente())) {
			throw RequestRefused.notFound("No gemeente with code " + parsed.gemeente());
		}
		TileLayer tileLayer = parsed.layer();
		double[] extent = (parsed.gemeente() != null)
				? catalogue.gemeenteExtents().get(parsed.gemeente()).get(tileLayer.level())
				: catalogue.extents().get(tileLayer.level());
		UriComponentsBuilder template = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/tiles/" + tileLayer.id() + "/");
		String query = query(indicator, period, parsed.gemeente());
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("code", "String");
		fields.put("name", "String");
		fields.put("level", "String");
		fields.put("parent_code", "String");
		fields.put("provisional", "Boolean");
		if (indicator != null) {
			fields.put("period", "String");
			fields.put("status", "String");
			fields.put("value", "Number");
			fields.put("category", "String");
		}
		Map<String, Object> vectorLayer = new LinkedHashMap<>();
		vectorLayer.put("id", tileLayer.id());
		vectorLayer.put("description", DESCRIPTIONS.get(tileLayer));
		vectorLayer.put("minzoom", MIN_ZOOM);
		vectorLayer.put("maxzoom", MAX_ZOOM);
		vectorLayer.put("fields", fields);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("tilejson", "3.0.0");
		json.put("name", "Wijkatlas " + tileLayer.id());
		json.put("description", DESCRIPTIONS.get(tileLayer) + " as Mapbox Vector Tiles (extent 4096); each feature has "
				+ "a numeric id (stable, from its code) and the property code, usable as MapLibre's promoteId");
		json.put("version", "1.0.0");
		json.put("attribution", this.properties.attribution());
		json.put("scheme", "xyz");
		json.put("tiles", List.of(template.toUriString() + "{z}/{x}/{y}.mvt" + query));
		json.put("minzoom", MIN_ZOOM);
		json.put("maxzoom", MAX_ZOOM);
		if (extent != null) {
			double[] bounds = { lon(extent[0]), lat(extent[1]), lon(extent[2]), lat(extent[3]) };
			json.put("bounds", List.of(round(bounds[0]), round(bounds[1]), round(bounds[2]), round(bounds[3])));
			json.put("center", List.of(round((bounds[0] + bounds[2]) / 2), round((bounds[1] + bounds[3]) / 2), 11));
		}
		json.put("promoteId", "code");
		json.put("vector_layers", List.of(vectorLayer));
		return ResponseEntity.ok().eTag(etag).cacheControl(HttpCaching.CACHE_CONTROL).body(json);
	}

	/**
	 * A MapLibre style (version 8) with every level as a source (its TileJSON) and the
	 * areas drawn with their names: gemeenten, wijken and buurten outlined, buurten
	 * filled lightly, wijk names up to z13 and buurt names beyond.
	 */
	@GetMapping(path = "/tiles/style.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> style(WebRequest request) {
		long version = this.dataVersion.current();
		String etag = this.caching.etag(version, "style");
		if (request.checkNotModified(etag)) {
			return null;
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		Map<String, Object> sources = new LinkedHashMap<>();
		for (TileLayer layer : List.of(TileLayer.GEMEENTEN, TileLayer.WIJKEN, TileLayer.BUURTEN)) {
			sources.put(layer.id(), Map.of("type", "vector", "url", base + "/tiles/" + layer.id() + ".json",
					"attribution", this.properties.attribution()));
		}
		List<Object> layers = new ArrayList<>();
		layers.add(Map.of("id", "background", "type", "background", "paint", Map.of("background-color", "#f4f1ea")));
		layers
			.add(layer("buurten-fill", "fill", "buurten", Map.of("fill-color", "#d9e6f2", "fill-opacity", 0.6), null));
		layers.add(layer("buurten-line", "line", "buurten", Map.of("line-color", "#7a93ac", "line-width", 0.6), null));
		layers.add(layer("wijken-line", "line", "wijken", Map.of("line-color", "#3c5a78", "line-width", 1.5), null));
		layers.add(
				layer("gemeenten-line", "line", "gemeenten", Map.of("line-color", "#1b2a3a", "line-width", 2.5), null));
		layers.add(label("wijken-label", "wijken", 0, 13, 13));
		layers.add(label("buurten-label", "buurten", 13, 24, 11));
		Map<String, Object> style = new LinkedHashMap<>();
		style.put("version", 8);
		style.put("name", "Wijkatlas");
		style.put("metadata", Map.of("wijkatlas:attribution", this.properties.attribution()));
		style.put("center", List.of(6.09, 52.51));
		style.put("zoom", 11);
		style.put("glyphs", this.glyphs);
		style.put("sources", sources);
		style.put("layers", layers);
		return ResponseEntity.ok().eTag(etag).cacheControl(HttpCaching.CACHE_CONTROL).body(style);
	}

	private static Map<String, Object> layer(String id, String type, String source, Map<String, Object> paint,
			Map<String, Object> layout) {
		Map<String, Object> layer = new LinkedHashMap<>();
		layer.put("id", id);
		layer.put("type", type);
		layer.put("source", source);
		layer.put("source-layer", source);
		if (layout != null) {
			layer.put("layout", layout);
		}
		layer.put("paint", paint);
		return layer;
	}

	private static Map<String, Object> label(String id, String source, int minzoom, int maxzoom, int size) {
		Map<String, Object> layer = layer(id, "symbol", source,
				Map.of("text-color", "#1b2a3a", "text-halo-color", "#ffffff", "text-halo-width", 1.2),
				Map.of("text-field", List.of("get", "name"), "text-font", List.of("Open Sans Semibold"), "text-size",
						size, "symbol-placement", "point"));
		layer.put("minzoom", minzoom);
		layer.put("maxzoom", maxzoom);
		return layer;
	}

	private static String query(String indicator, String period, String gemeente) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		if (indicator != null) {
			query.queryParam("indicator", indicator);
		}
		if (period != null) {
			query.queryParam("period", period);
		}
		if (gemeente != null) {
			query.queryParam("gemeente", gemeente);
		}
		return query.build().encode().toUriString();
	}

	private static double lon(double x) {
		return Math.toDegrees(x / EARTH_RADIUS);
	}

	private static double lat(double y) {
		return Math.toDegrees(Math.atan(Math.sinh(y / EARTH_RADIUS)));
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
