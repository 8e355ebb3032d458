package nl.wijkatlas.geodata.fetch;

import java.time.Duration;

/**
 * How {@link PoliteHttp} treats the services.
 *
 * @param connectTimeout how long a connection may take to open
 * @param requestTimeout how long one request may take, answer included
 * @param maxAttempts attempts per request (the first included) on 429, 5xx and dropped
 * connections
 * @param firstBackoff the wait before the second attempt; it doubles per attempt
 * @param maxBackoff the longest wait between two attempts that the fetch chooses itself
 * @param maxTotalWait the longest the whole fetch waits for retries, {@code Retry-After}
 * included; beyond it the fetch gives up
 * @param pacing the least time between the starts of two requests (politeness)
 * @param userAgent the {@code User-Agent} header
 */
public record HttpSettings(Duration connectTimeout, Duration requestTimeout, int maxAttempts, Duration firstBackoff,
		Duration maxBackoff, Duration maxTotalWait, Duration pacing, String userAgent) {

	/** The header every request carries. */
	public static final String USER_AGENT = "Wijkatlas-fetch/1 (open-source gemeente atlas; ./wijkatlas fetch)";

	/**
	 * Connect in 10 s, answer in 120 s, 5 attempts from 1 s doubling up to 30 s, at most
	 * 5 minutes of waiting in all, at least 250 ms between requests.
	 * @return the settings
	 */
	public static HttpSettings defaults() {
		return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(120), 5, Duration.ofSeconds(1),
				Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMillis(250), USER_AGENT);
	}

	public HttpSettings withPacing(Duration pacing) {
		return new HttpSettings(this.connectTimeout, this.requestTimeout, this.maxAttempts, this.firstBackoff,
				this.maxBackoff, this.maxTotalWait, pacing, this.userAgent);
	}

	public HttpSettings withTimeouts(Duration connect, Duration request) {
		return new HttpSettings(connect, request, this.maxAttempts, this.firstBackoff, this.maxBackoff,
				this.maxTotalWait, this.pacing, this.userAgent);
	}

	public HttpSettings withMaxTotalWait(Duration wait) {
		return new HttpSettings(this.connectTimeout, this.requestTimeout, this.maxAttempts, this.firstBackoff,
				this.maxBackoff, wait, this.pacing, this.userAgent);
	}

}
