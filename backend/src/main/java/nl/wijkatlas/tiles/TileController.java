package nl.wijkatlas.tiles;

import java.util.concurrent.atomic.AtomicReference;

import nl.wijkatlas.caching.DataVersion;
import nl.wijkatlas.caching.HttpCaching;
import nl.wijkatlas.tiles.TileRepository.Catalogue;
import nl.wijkatlas.problem.RequestRefused;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET
 * /tiles/{layer}/{z}/{x}/{y}.mvt[?indicator=CODE&period=2025&gemeente=GM1771]}: Mapbox
 * Vector Tiles of one area level, of every gemeente or only the given one. Each feature
 * carries {@code code}, {@code name}, {@code level}, {@code parent_code} and
 * {@code provisional}; with an indicator also {@code period}, {@code status} and — only
 * when present — {@code value} or {@code category}. A tile without features is a 204.
 * Checked in this order, the first two without the database: the address and parameters
 * (400/404), the ETag (304), the indicator and the gemeente (404).
 */
@RestController
@CrossOrigin(origins = "*", exposedHeaders = "ETag")
class TileController {

	static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

	private final TileRepository tiles;

	private final DataVersion dataVersion;

	private final HttpCaching caching;

	private final AtomicReference<Catalogue> catalogue = new AtomicReference<>();

	TileController(TileRepository tiles, DataVersion dataVersion, HttpCaching caching) {
		this.tiles = tiles;
		this.dataVersion = dataVersion;
		this.caching = caching;
	}

	@GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
	ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable String z, @PathVariable String x,
			@PathVariable String y, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) String period, @RequestParam(required = false) String gemeente,
			WebRequest request) {
		TileRequest tile = TileRequest.parse(layer, z, x, y, indicator, period, gemeente);
		TileLayer tileLayer = tile.layer();
		TileAddress address = tile.address();
		long version = this.dataVersion.current();
		boolean gzip = HttpCaching.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		String etag = HttpCaching.forEncoding(tile.etag(this.caching, version), gzip);
		if (request.checkNotModified(etag)) {
			return null;
		}
		Catalogue known = catalogue(version);
		if (indicator != null && !known.indicators().contains(indicator)) {
			throw RequestRefused.notFound("No indicator with code " + indicator);
		}
		if (tile.gemeente() != null && !known.hasGemeente(tile.gemeente())) {
			throw RequestRefused.notFound("No gemeente with code " + tile.gemeente());
		}
		byte[] body = known.mayTouch(tileLayer.level(), tile.gemeente(), address)
				? this.tiles.tile(tileLayer, address, indicator, period, tile.gemeente()) : new byte[0];
		ResponseEntity.BodyBuilder response = ResponseEntity
			.status((body.length > 0) ? HttpStatus.OK : HttpStatus.NO_CONTENT)
			.eTag(etag)
			.varyBy(HttpHeaders.ACCEPT_ENCODING)
			.cacheControl(HttpCaching.CACHE_CONTROL);
		if (body.length == 0) {
			return response.build();
		}
		if (gzip) {
			response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = HttpCaching.gzip(body);
		}
		return response.contentType(MVT).body(body);
	}

	private Catalogue catalogue(long version) {
		Catalogue known = this.catalogue.get();
		if (known == null || known.version() != version) {
			known = this.tiles.catalogue(version);
			this.catalogue.set(known);
		}
		return known;
	}

}
