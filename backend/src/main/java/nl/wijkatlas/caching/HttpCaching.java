package nl.wijkatlas.caching;

import java.time.Duration;
import java.util.Objects;
import java.util.StringJoiner;

import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;

/**
 * The caching policy of everything derived from the data (tiles, GeoJSON, CSV): a strong
 * ETag from the data version and what the request asked for, and one Cache-Control.
 * Compute the ETag and call {@code WebRequest.checkNotModified(etag)} before touching the
 * database: a matching If-None-Match is then a 304 without a query.
 */
@Component
public class HttpCaching {

	/**
	 * Shared caches and browsers may reuse a response for a minute, then revalidate
	 * (cheap: a 304 costs no query); a stale copy may be shown while revalidating.
	 */
	public static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofMinutes(1))
		.cachePublic()
		.staleWhileRevalidate(Duration.ofMinutes(10));

	private final DataVersion dataVersion;

	HttpCaching(DataVersion dataVersion) {
		this.dataVersion = dataVersion;
	}

	/**
	 * A strong ETag for the current data version and the request's parts, e.g.
	 * {@code "v42-buurten-12-2104-1346-AantalInwoners_5-2025"}; null parts are empty.
	 */
	public String currentEtag(Object... parts) {
		return etag(this.dataVersion.current(), parts);
	}

	/** As {@link #currentEtag(Object...)}, for a version the caller already read. */
	public String etag(long version, Object... parts) {
		StringJoiner joiner = new StringJoiner("-", "\"v" + version + "-", "\"");
		for (Object part : parts) {
			joiner.add(sanitized(Objects.toString(part, "")));
		}
		return joiner.toString();
	}

	/**
	 * Whether the client accepts gzip ({@code Accept-Encoding} with {@code gzip} or
	 * {@code *} and a q-value above 0).
	 */
	public static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String item : acceptEncoding.split(",")) {
			String[] parts = item.trim().split(";");
			String coding = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
			if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) {
				continue;
			}
			double q = 1;
			for (int i = 1; i < parts.length; i++) {
				String parameter = parts[i].trim();
				if (parameter.startsWith("q=")) {
					try {
						q = Double.parseDouble(parameter.substring(2));
					}
					catch (NumberFormatException ex) {
						q = 0;
					}
				}
			}
			if (q > 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The ETag of the gzipped representation: the plain one with {@code -gzip}, so both
	 * stay strong and a cache never matches one encoding's validator against the other's
	 * bytes.
	 */
	public static String forEncoding(String etag, boolean gzip) {
		return gzip ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
	}

	/** The body gzipped (the app compresses these itself: Tomcat skips strong ETags). */
	public static byte[] gzip(byte[] body) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(64, body.length / 4));
		try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Marks a response as gzipped when it is ({@code Content-Encoding}) and as depending
	 * on {@code Accept-Encoding} either way.
	 */
	public static org.springframework.http.ResponseEntity.BodyBuilder encoded(
			org.springframework.http.ResponseEntity.BodyBuilder builder, boolean gzip) {
		builder.varyBy(org.springframework.http.HttpHeaders.ACCEPT_ENCODING);
		return gzip ? builder.header(org.springframework.http.HttpHeaders.CONTENT_ENCODING, "gzip") : builder;
	}

	/** The body as {@link #encoded} announced it. */
	public static byte[] encodedBody(boolean gzip, byte[] body) {
		return gzip ? gzip(body) : body;
	}

	/** Only characters that need no quoting in an ETag: letters, digits, {@code ._~}. */
	private static String sanitized(String part) {
		StringBuilder out = new StringBuilder(part.length());
		for (char c : part.toCharArray()) {
			boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
					|| c == '_' || c == '~';
			out.append(plain ? c : '_');
		}
		return out.toString();
	}

}
