package nl.wijkatlas.tiles;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkatlas.caching.DataVersion;
import nl.wijkatlas.caching.HttpCaching;
import nl.wijkatlas.problem.RequestRefused;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a tile revalidation whose {@code If-None-Match} still matches with 304, in
 * front of the security chain and the dispatcher. A map pans over dozens of tiles it
 * already holds; each 304 then costs an ETag comparison — the same ETag the controller
 * gives, from the in-memory data version — instead of Spring MVC's fixed cost per
 * request, which was several times the tile query itself. Anything else (no or another
 * ETag, a bad address) goes on to {@link TileController}, which answers it in full.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class TileRevalidationFilter extends OncePerRequestFilter {

	private static final String PREFIX = "/tiles/";

	private static final String SUFFIX = ".mvt";

	private final DataVersion dataVersion;

	private final HttpCaching caching;

	TileRevalidationFilter(DataVersion dataVersion, HttpCaching caching) {
		this.dataVersion = dataVersion;
		this.caching = caching;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + PREFIX);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String etag = currentEtag(request);
		if (etag == null || !matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.CACHE_CONTROL.getHeaderValue());
		if (request.getHeader(HttpHeaders.ORIGIN) != null) {
			// as @CrossOrigin on the controller: tiles are open to every origin
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
			response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.ETAG);
		}
	}

	/**
	 * The ETag the controller would give, or null when the request is not a valid tile.
	 */
	private String currentEtag(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
		String[] parts = path.split("/", -1);
		if (parts.length != 4 || !parts[3].endsWith(SUFFIX)) {
			return null;
		}
		try {
			TileRequest tile = TileRequest.parse(parts[0], parts[1], parts[2],
					parts[3].substring(0, parts[3].length() - SUFFIX.length()), request.getParameter("indicator"),
					request.getParameter("period"), request.getParameter("gemeente"));
			return HttpCaching.forEncoding(tile.etag(this.caching, this.dataVersion.current()),
					HttpCaching.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
		}
		catch (RequestRefused | DataAccessException ex) {
			// the controller answers it: the refusal, or DATABASE_UNAVAILABLE
			return null;
		}
	}

	/** RFC 9110 weak comparison, as If-None-Match asks: a list, W/ prefixes, or *. */
	static boolean matches(String ifNoneMatch, String etag) {
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals(etag) || tag.equals("*")) {
				return true;
			}
		}
		return false;
	}

}
