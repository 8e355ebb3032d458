package nl.wijkatlas.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkatlas.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limits (Bucket4j token buckets, one per client address and kind of
 * request, kept in a bounded Caffeine cache): anonymous GraphQL, address search,
 * downloads (CSV, GeoJSON, OGC API, preview images) and vector tiles. Pages, scripts and
 * the configuration are not limited. Over the limit: HTTP 429
 * {@code application/problem+json} with {@code Retry-After} (whole seconds until a token
 * is back) and {@code code: RATE_LIMITED}, before any work is done.
 *
 * <p>
 * It runs early, before the tile revalidation and the GraphQL response cache, so even
 * cheap answers count. "Anonymous" is decided by the absence of {@code Authorization}: a
 * request that carries one and is not a valid token is refused with 401 by the security
 * filter before it reaches GraphQL, so a made-up header buys no work, and writers with a
 * real token are never throttled.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(RateLimitFilter.class);

	enum Kind {

		GRAPHQL, SEARCH, DOWNLOADS, TILES

	}

	private final RateLimitProperties properties;

	private final Cache<String, Bucket> buckets;

	private final MeterRegistry registry;

	RateLimitFilter(RateLimitProperties properties, ObjectProvider<MeterRegistry> registry) {
		this.properties = properties;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxClients())
			.expireAfterAccess(properties.idleAfter())
			.build();
		this.registry = registry.getIfAvailable(() -> Metrics.globalRegistry);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.properties.enabled() || kind(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Kind kind = kind(request);
		RateLimitProperties.Limit limit = limit(kind);
		if (limit.off()) {
			chain.doFilter(request, response);
			return;
		}
		String client = ClientAddress.of(request);
		Bucket bucket = this.buckets.get(kind + " " + client, (key) -> bucket(limit));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		// Whole seconds, rounded up: a client that waits this long finds a token.
		long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
		Counter.builder("wijkatlas.rate.limit.refused")
			.description("Requests refused with 429 by the per-client rate limit")
			.tag("kind", kind.name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment();
		// One debug line at most: an abuser must not be able to fill the log.
		if (logger.isDebugEnabled()) {
			logger.debug("rate limited {} from {}", kind, client);
		}
		ProblemWriter.write(request, response, 429, "Too many requests",
				"More than " + limit.requestsPerMinute() + " requests a minute (" + limit.burst()
						+ " at once) of this kind from your address; please wait " + retryAfter + " s",
				retryAfter, Map.of("code", "RATE_LIMITED"));
	}

	private static Bucket bucket(RateLimitProperties.Limit limit) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(limit.burst())
				.refillGreedy(limit.requestsPerMinute(), Duration.ofMinutes(1))
				.build())
			.build();
	}

	private RateLimitProperties.Limit limit(Kind kind) {
		return switch (kind) {
			case GRAPHQL -> this.properties.graphql();
			case SEARCH -> this.properties.search();
			case DOWNLOADS -> this.properties.downloads();
			case TILES -> this.properties.tiles();
		};
	}

	static Kind kind(HttpServletRequest request) {
		// The decoded, normalised path the request is dispatched on (not the raw URI, in
		// which /%64ata/… or /./data/… would slip past a prefix check).
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		if (path.isEmpty()) {
			path = request.getRequestURI();
		}
		if (path.equals("/graphql") || path.startsWith("/graphql/")) {
			return (request.getHeader(HttpHeaders.AUTHORIZATION) == null && !"OPTIONS".equals(request.getMethod()))
					? Kind.GRAPHQL : null;
		}
		if (path.equals("/api/adressen")) {
			return Kind.SEARCH;
		}
		if (path.startsWith("/data/") || path.equals("/ogc") || path.startsWith("/ogc/")
				|| path.startsWith("/preview/")) {
			return Kind.DOWNLOADS;
		}
		if (path.startsWith("/tiles/")) {
			return Kind.TILES;
		}
		return null;
	}

}
