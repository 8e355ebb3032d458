package nl.wijkatlas.opendata;

import java.util.Arrays;

import nl.wijkatlas.caching.HttpCaching;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * One open-data download (GeoJSON, CSV) as the request asks for it: its ETag and whether
 * it goes out gzipped. The ETag comes first, so that a matching If-None-Match costs no
 * query.
 *
 * @param etag the strong ETag of this encoding
 * @param gzip whether the client accepts gzip
 */
record CachedDownload(String etag, boolean gzip) {

	/**
	 * The download of the request's parts. The gemeente is a part of the key only when
	 * given, so the ETag of the whole level stays as it was.
	 * @param gemeenteCode the gemeente asked for, or null for every gemeente
	 */
	static CachedDownload of(HttpCaching caching, WebRequest request, String gemeenteCode, Object... parts) {
		boolean gzip = HttpCaching.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		Object[] key = parts;
		if (gemeenteCode != null) {
			key = Arrays.copyOf(parts, parts.length + 1);
			key[parts.length] = gemeenteCode;
		}
		return new CachedDownload(HttpCaching.forEncoding(caching.currentEtag(key), gzip), gzip);
	}

	/** The 200 with the body, encoded as announced, and the caching headers. */
	ResponseEntity<byte[]> response(MediaType type, ContentDisposition disposition, byte[] body) {
		return HttpCaching.encoded(ResponseEntity.ok(), this.gzip)
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.eTag(this.etag)
			.cacheControl(HttpCaching.CACHE_CONTROL)
			.body(HttpCaching.encodedBody(this.gzip, body));
	}

}
