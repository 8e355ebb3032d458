package nl.wijkatlas.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-client request limits ({@code wijkatlas.rate-limit.*}): a token bucket per client
 * address and kind of request. The defaults are generous (a person clicking through the
 * atlas, or a GIS tool paging through a collection, never meets them); they stop one
 * address from taking the whole server.
 *
 * @param enabled whether any limit applies (the benchmark turns them off: it measures the
 * server, not the limiter)
 * @param graphql anonymous {@code /graphql} requests (with a valid token: no limit)
 * @param search address search ({@code /api/adressen}), which calls an outside service
 * @param downloads {@code /data/*}, {@code /ogc/*} and the preview images
 * @param tiles vector tiles ({@code /tiles/*}); a map view asks dozens at once
 * @param maxClients the most client addresses whose buckets are kept; the least recently
 * seen are forgotten first (an idle client's bucket is full anyway)
 * @param idleAfter how long a client's buckets are kept after its last request
 */
@ConfigurationProperties("wijkatlas.rate-limit")
public record RateLimitProperties(Boolean enabled, Limit graphql, Limit search, Limit downloads, Limit tiles,
		Integer maxClients, Duration idleAfter) {

	public RateLimitProperties {
		enabled = (enabled != null) ? enabled : true;
		graphql = Limit.orDefault(graphql, 1200, 300);
		search = Limit.orDefault(search, 60, 20);
		downloads = Limit.orDefault(downloads, 600, 120);
		tiles = Limit.orDefault(tiles, 6000, 1500);
		maxClients = (maxClients != null) ? maxClients : 100_000;
		idleAfter = (idleAfter != null) ? idleAfter : Duration.ofMinutes(10);
	}

	/**
	 * One kind of request's limit.
	 *
	 * @param requestsPerMinute the sustained rate (tokens added evenly over each minute);
	 * 0 turns this limit off
	 * @param burst how many requests a client may send at once after a pause (the
	 * bucket's size)
	 */
	public record Limit(Integer requestsPerMinute, Integer burst) {

		static Limit orDefault(Limit limit, int requestsPerMinute, int burst) {
			if (limit == null) {
				return new Limit(requestsPerMinute, burst);
			}
			int rate = (limit.requestsPerMinute() != null) ? limit.requestsPerMinute() : requestsPerMinute;
			int size = (limit.burst() != null) ? limit.burst() : burst;
			if (rate < 0 || size < 1) {
				throw new IllegalArgumentException(
						"wijkatlas.rate-limit: requests-per-minute must be 0 (off) or more and burst 1 or more, not "
								+ rate + " and " + size);
			}
			return new Limit(rate, size);
		}

		boolean off() {
			return this.requestsPerMinute == 0;
		}

	}

}
