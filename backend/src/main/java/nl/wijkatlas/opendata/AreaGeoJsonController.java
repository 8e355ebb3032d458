package nl.wijkatlas.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import nl.wijkatlas.area.AreaLevel;
import nl.wijkatlas.opendata.AreaFeatures.IndicatorLayer;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /data/areas/{level}.geojson[?indicator=CODE&period=2025]}: every area of a
 * level as one GeoJSON FeatureCollection in WGS84, optionally with one indicator's
 * figures as properties.
 */
@RestController
@CrossOrigin(origins = "*", exposedHeaders = { "ETag", "Content-Disposition" })
class AreaGeoJsonController {

	static final MediaType GEO_JSON = new MediaType("application", "geo+json", StandardCharsets.UTF_8);

	private final AreaFeatures features;

	private final IndicatorLayers layers;

	private final IndicatorFigures figures;

	AreaGeoJsonController(AreaFeatures features, IndicatorLayers layers, IndicatorFigures figures) {
		this.features = features;
		this.layers = layers;
		this.figures = figures;
	}

	@GetMapping("/data/areas/{level}.geojson")
	ResponseEntity<byte[]> geojson(@PathVariable("level") String levelName,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) String period,
			WebRequest request) {
		AreaLevel level = AreaCollection.level(levelName)
			.orElseThrow(() -> OpenDataException.notFound(
					"No area level '" + levelName + "'; the levels are gemeente, stadsdeel, wijk, buurt and gebied"));
		IndicatorLayer layer = this.layers.resolve(indicator, period, level);
		String etag = "W/\"v%d-%s-%s-%s\"".formatted(this.figures.dataVersion(), level, indicator, period);
		if (request.checkNotModified(etag)) {
			return null;
		}
		AreaCollection collection = AreaCollection.of(level);
		String name = (layer != null) ? collection.id() + "_" + layer.code() + "_" + layer.period() : collection.id();
		String body = this.features.featureCollection(level, name, layer);
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name + ".geojson").build().toString())
			.eTag(etag)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
