package nl.wijkatlas.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.area.GemeenteCode;
import nl.wijkatlas.caching.HttpCaching;
import nl.wijkatlas.opendata.AreaFeatures.IndicatorLayer;
import nl.wijkatlas.problem.RequestRefused;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /data/areas/{level}.geojson[?indicator=CODE&period=2025&gemeente=GM1771]}:
 * every area of a level (of one gemeente, when given) as one GeoJSON FeatureCollection in
 * WGS84, optionally with one indicator's figures as properties.
 */
@RestController
@CrossOrigin(origins = "*", exposedHeaders = { "ETag", "Content-Disposition" })
record AreaGeoJsonController(AreaFeatures features, IndicatorLayers layers, HttpCaching caching) {

	static final MediaType GEO_JSON = new MediaType("application", "geo+json", StandardCharsets.UTF_8);

	@GetMapping("/data/areas/{level}.geojson")
	ResponseEntity<byte[]> geojson(@PathVariable("level") String levelName,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) String period,
			@RequestParam(required = false) String gemeente, WebRequest request) {
		AreaLevel level = AreaCollection.level(levelName)
			.orElseThrow(() -> RequestRefused.notFound(
					"No area level '" + levelName + "'; the levels are gemeente, stadsdeel, wijk, buurt and gebied"));
		String gemeenteCode = GemeenteCode.parameter(gemeente);
		CachedDownload download = CachedDownload.of(this.caching, request, gemeenteCode, "areas", level, indicator,
				period);
		if (request.checkNotModified(download.etag())) {
			return null;
		}
		if (gemeenteCode != null && !this.features.gemeenteExists(gemeenteCode)) {
			throw RequestRefused.notFound("No gemeente with code " + gemeenteCode);
		}
		IndicatorLayer layer = this.layers.resolve(indicator, period, level);
		AreaCollection collection = AreaCollection.of(level);
		String name = ((gemeenteCode != null) ? gemeenteCode.toLowerCase(Locale.ROOT) + "_" : "")
				+ ((layer != null) ? collection.id() + "_" + layer.code() + "_" + layer.period() : collection.id());
		String body = this.features.featureCollection(level, gemeenteCode, name, layer);
		return download.response(GEO_JSON, ContentDisposition.inline().filename(name + ".geojson").build(),
				body.getBytes(StandardCharsets.UTF_8));
	}

}
