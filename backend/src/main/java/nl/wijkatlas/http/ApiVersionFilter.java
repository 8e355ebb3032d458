package nl.wijkatlas.http;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@code API-Version} header of the Dutch API Design Rules (NLGov
 * {@code /core/version-header}): the full semantic version of the API
 * ({@code wijkatlas.api-version}, the {@code info.version} of the OpenAPI documents) on
 * every response of the API paths — the REST parts {@code /ogc}, {@code /data},
 * {@code /tiles}, {@code /oembed}, {@code /api/…}, {@code /graphql} and the OpenAPI
 * documents themselves — errors included. Runs first, so refusals of later filters (not
 * ready, rate limited, too large) carry it too. Pages, scripts and images do not.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiVersionFilter extends OncePerRequestFilter {

	/** The header's name. */
	public static final String HEADER = "API-Version";

	private static final Pattern SEMVER = Pattern.compile("^[0-9]+\\.[0-9]+\\.[0-9]+$");

	static final List<String> API_PATHS = List.of("/ogc", "/data", "/tiles", "/oembed", "/api", "/graphql", "/openapi");

	private final String version;

	ApiVersionFilter(@Value("${wijkatlas.api-version}") String version) {
		if (version == null || !SEMVER.matcher(version.strip()).matches()) {
			throw new IllegalArgumentException(
					"wijkatlas.api-version must be a full semantic version such as 1.0.0, not '" + version + "'");
		}
		this.version = version.strip();
	}

	/**
	 * Whether the request is for the API (and so gets the header): its decoded,
	 * normalised path (as the rate limiter reads it, so {@code /%64ata/…} counts too).
	 */
	public static boolean isApiRequest(HttpServletRequest request) {
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		if (path.isEmpty()) {
			path = request.getRequestURI().substring(request.getContextPath().length());
		}
		return isApiPath(path);
	}

	/** Whether the path belongs to the API. */
	static boolean isApiPath(String path) {
		for (String prefix : API_PATHS) {
			if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".")) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isApiRequest(request)) {
			response.setHeader(HEADER, this.version);
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// An error page rendered for an API request keeps the header set on the way in.
		return true;
	}

}
