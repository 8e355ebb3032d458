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
