package nl.wijkatlas.operations;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkatlas.problem.ProblemWriter;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public port answers 503 ({@code application/problem+json}, {@code Retry-After}) to
 * every request until the application is ready, and again while it shuts down. Tomcat
 * starts listening when the context is refreshed, before the bundled import has run;
 * without this gate an early request could see half of the data. Readiness turns to
 * ACCEPTING_TRAFFIC only after every start-up runner (the import) has finished. Refusing
 * with a clear answer is simpler and more honest than holding the port closed: a client
 * or proxy sees "not yet" instead of "nothing here". The management port (health,
 * metrics) is a separate server without this filter, so probes always get through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReadinessGateFilter extends OncePerRequestFilter {

	/** Seconds a client should wait before asking again. */
	static final long RETRY_AFTER_SECONDS = 5;

	private final ApplicationAvailability availability;

	ReadinessGateFilter(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isReady()) {
			ProblemWriter.write(request, response, 503, "Service unavailable",
					"Wijkatlas is starting (or stopping) and not answering yet; please try again in a moment",
					RETRY_AFTER_SECONDS, Map.of("code", "NOT_READY"));
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isReady() {
		// A map lookup in ApplicationAvailabilityBean: cheap enough for every request.
		return this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

}
