package nl.wijkatlas.http;

import nl.wijkatlas.graphql.ErrorCodes;
import nl.wijkatlas.limits.LimitsProperties;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes only from this site: a request that carries credentials (an
 * {@code Authorization} header) from a browser on another origin is refused with 403
 * FORBIDDEN_ORIGIN before anything runs. Reads stay open to every origin (CORS {@code *},
 * without {@code Authorization} among the allowed headers, so browsers do not even send
 * it). Clients that are not browsers send no {@code Origin} and are not affected;
 * {@code wijkatlas.limits.write-origins} adds trusted sites.
 */
public class WriteOriginFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LimitsProperties limits;

	public WriteOriginFilter(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin != null && request.getHeader(HttpHeaders.AUTHORIZATION) != null && !trusted(origin, request)) {
			Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE);
			response.setStatus(403);
			response.setContentType("application/json");
			JSON.writeValue(response.getOutputStream(),
					ErrorCodes.body(ErrorCodes.FORBIDDEN_ORIGIN,
							"Changes can only be made from this site, not from " + origin,
							(id != null) ? id.toString() : RequestIdFilter.newId()));
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean trusted(String origin, HttpServletRequest request) {
		if (this.limits.writeOrigins().contains(origin)) {
			return true;
		}
		try {
			URI uri = URI.create(origin);
			int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
			return uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
					&& port == request.getServerPort() && uri.getScheme().equals(request.getScheme());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
