package nl.wijkatlas.geodata.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET requests the way public services ask to be used: a connect and a request timeout;
 * on 429 and 5xx (and a dropped connection) another attempt after an exponential backoff
 * or the service's own {@code Retry-After}, within a bounded total wait for the whole
 * fetch; at least {@link HttpSettings#pacing()} between two requests; gzip accepted.
 * Every request is logged with its URL and remembered ({@link #requested()}).
 * <p>
 * A host that cannot be reached at all (no route, refused, unknown name) fails at once
 * with a message that says so: retrying an absent network only makes the user wait.
 */
public final class PoliteHttp {

	private static final Logger logger = LoggerFactory.getLogger(PoliteHttp.class);

	private static final int MAX_QUOTED = 300;

	/** Waits; a test passes one that only records. */
	@FunctionalInterface
	public interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

	private final HttpSettings settings;

	private final Sleeper sleeper;

	private final HttpClient client;

	private final List<URI> requested = new ArrayList<>();

	private Duration waited = Duration.ZERO;

	private Instant lastStart;

	public PoliteHttp(HttpSettings settings) {
		this(settings, (duration) -> Thread.sleep(duration.toMillis()));
	}

	public PoliteHttp(HttpSettings settings, Sleeper sleeper) {
		this.settings = settings;
		this.sleeper = sleeper;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/**
	 * The URLs requested so far, in order, retries included.
	 * @return the URLs
	 */
	public List<URI> requested() {
		return List.copyOf(this.requested);
	}

	/**
	 * How long this client waited for retries so far.
	 * @return the total wait
	 */
	public Duration waited() {
		return this.waited;
	}

	/**
	 * Gets a URL as text (UTF-8).
	 * @param uri the URL
	 * @param service the service's name for messages, e.g. {@code PDOK}
	 * @param hint what to do when the service cannot be reached, e.g. {@code use --from
	 * FILE}
	 * @return the body of a 2xx answer
	 * @throws FetchException when the service cannot be reached, refuses, or keeps
	 * failing
	 */
	public String get(URI uri, String service, String hint) {
		int attempt = 0;
		while (true) {
			attempt++;
			pace();
			this.requested.add(uri);
			long started = System.nanoTime();
			logger.info("{} GET {}{}", service, uri, (attempt > 1) ? " (attempt " + attempt + ")" : "");
			HttpResponse<byte[]> response;
			try {
				response = this.client.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (HttpConnectTimeoutException ex) {
				throw unreachable(service, uri, "no connection within " + seconds(this.settings.connectTimeout()), hint,
						ex);
			}
			catch (HttpTimeoutException ex) {
				if (attempt >= this.settings.maxAttempts()) {
					throw new FetchException(service + " did not answer " + uri + " within "
							+ seconds(this.settings.requestTimeout()) + ", " + attempt + " times; try again later", ex);
				}
				backoff(service, uri, attempt, null, "no answer within " + seconds(this.settings.requestTimeout()));
				continue;
			}
			catch (ConnectException ex) {
				throw unreachable(service, uri, isUnresolved(ex) ? "unknown host " + uri.getHost() : describe(ex), hint,
						ex);
			}
			catch (IOException ex) {
				if (isUnresolved(ex)) {
					throw unreachable(service, uri, "unknown host " + uri.getHost(), hint, ex);
				}
				if (attempt >= this.settings.maxAttempts()) {
					throw new FetchException(service + ": " + uri + " failed " + attempt + " times (" + describe(ex)
							+ "); try again later", ex);
				}
				backoff(service, uri, attempt, null, describe(ex));
				continue;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new FetchException(service + ": interrupted while requesting " + uri, ex);
			}
			int status = response.statusCode();
			logger.info("{} {} {} ({} ms, {} bytes)", service, status, uri, (System.nanoTime() - started) / 1_000_000,
					response.body().length);
			if (status >= 200 && status < 300) {
				return body(response, service, uri);
			}
			if (status == 429 || status >= 500) {
				if (attempt >= this.settings.maxAttempts()) {
					throw new FetchException(service + " answered " + status + " to " + uri + " " + attempt
							+ " times; nothing was written. Try again later" + quote(response, service, uri));
				}
				backoff(service, uri, attempt, retryAfter(response).orElse(null), "status " + status);
				continue;
			}
			throw new FetchException(service + " refused " + uri + " with status " + status + "; nothing was written"
					+ quote(response, service, uri));
		}
	}

	private HttpRequest request(URI uri) {
		return HttpRequest.newBuilder(uri)
			.timeout(this.settings.requestTimeout())
			.header("User-Agent", this.settings.userAgent())
			.header("Accept", "application/json, application/geo+json;q=0.9, */*;q=0.1")
			.header("Accept-Encoding", "gzip")
			.GET()
			.build();
	}

	/** Keeps at least the pacing between the starts of two requests. */
	private void pace() {
		Instant now = Instant.now();
		if (this.lastStart != null) {
			Duration since = Duration.between(this.lastStart, now);
			Duration rest = this.settings.pacing().minus(since);
			if (!rest.isNegative() && !rest.isZero()) {
				sleep(rest);
			}
		}
		this.lastStart = Instant.now();
	}

	/**
	 * Waits before the next attempt: the service's {@code Retry-After} when it gives one,
	 * else {@code firstBackoff × 2^(attempt-1)} up to {@code maxBackoff}; refuses to wait
	 * beyond the total.
	 */
	private void backoff(String service, URI uri, int attempt, Duration retryAfter, String why) {
		Duration wait = (retryAfter != null) ? retryAfter : exponential(attempt);
		Duration total = this.waited.plus(wait);
		if (total.compareTo(this.settings.maxTotalWait()) > 0) {
			throw new FetchException(service + ": " + uri + " failed (" + why + ")"
					+ ((retryAfter != null) ? " and asks to retry after " + seconds(retryAfter) : "")
					+ "; waiting would exceed the fetch's limit of " + seconds(this.settings.maxTotalWait())
					+ " of retries in all. Nothing was written; try again later");
		}
		logger.warn("{}: {} for {}; attempt {} of {} in {}{}", service, why, uri, attempt + 1,
				this.settings.maxAttempts(), seconds(wait), (retryAfter != null) ? " (Retry-After)" : "");
		this.waited = total;
		sleep(wait);
	}

	private Duration exponential(int attempt) {
		Duration wait = this.settings.firstBackoff();
		for (int i = 1; i < attempt && wait.compareTo(this.settings.maxBackoff()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.settings.maxBackoff()) > 0) ? this.settings.maxBackoff() : wait;
	}

	private void sleep(Duration duration) {
		try {
			this.sleeper.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchException("interrupted while waiting to retry", ex);
		}
	}

	/**
	 * {@code Retry-After} as seconds or as an HTTP date; empty when absent or unreadable.
	 * @param response the answer
	 * @return the wait the service asks for
	 */
	static Optional<Duration> retryAfter(HttpResponse<?> response) {
		Optional<String> header = response.headers().firstValue("Retry-After");
		if (header.isEmpty()) {
			return Optional.empty();
		}
		String value = header.get().trim();
		if (value.matches("[0-9]{1,9}")) {
			return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
		}
		try {
			Duration until = Duration.between(Instant.now(),
					ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
			return Optional.of(until.isNegative() ? Duration.ZERO : until);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static String body(HttpResponse<byte[]> response, String service, URI uri) {
		byte[] bytes = response.body();
		boolean gzip = response.headers()
			.firstValue("Content-Encoding")
			.map((encoding) -> encoding.trim().equalsIgnoreCase("gzip"))
			.orElse(false);
		if (!gzip) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new FetchException(service + ": the gzip answer to " + uri + " is broken (" + ex.getMessage() + ")",
					ex);
		}
	}

	private static String quote(HttpResponse<byte[]> response, String service, URI uri) {
		String text;
		try {
			text = body(response, service, uri);
		}
		catch (FetchException ex) {
			return "";
		}
		text = text.replaceAll("\\s+", " ").trim();
		if (text.isEmpty()) {
			return "";
		}
		return ": " + ((text.length() > MAX_QUOTED) ? text.substring(0, MAX_QUOTED) + "..." : text);
	}

	private static FetchException unreachable(String service, URI uri, String why, String hint, Exception cause) {
		return new FetchException(
				service + " not reachable (" + uri.getHost() + ((uri.getPort() > 0) ? ":" + uri.getPort() : "") + ": "
						+ why + ")" + ((hint != null) ? ": " + hint : "") + ". Nothing was written",
				cause);
	}

	private static boolean isUnresolved(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		boolean connect = ex instanceof ConnectException;
		while (root.getCause() != null) {
			root = root.getCause();
			connect |= root instanceof ConnectException;
		}
		String message = root.getMessage();
		if (connect && (message == null || message.toLowerCase(java.util.Locale.ROOT).contains("refused"))) {
			return "connection refused";
		}
		return (message != null && !message.isBlank()) ? message : root.getClass().getSimpleName();
	}

	private static String seconds(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s"
				: String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
	}

}
