package nl.wijkatlas.http;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Absolute URLs (oEmbed iframes, download links, OGC links, the oEmbed discovery link)
 * are built from the request's scheme, host and port; this filter makes those the public
 * base URL ({@code wijkatlas.public-base-url}, {@code WIJKATLAS_PUBLIC_BASE_URL}), never
 * what a client wrote in the {@code Host} header. Unset, every request becomes
 * {@code http://localhost:<port>}, the port being the one the connection arrived on (the
 * server's own, not the client's word), so a {@code Host: localhost:1} cannot steer links
 * anywhere either. It runs after the forwarded-header handling, so
 * {@code X-Forwarded-Host} cannot override it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class PublicBaseUrlFilter extends OncePerRequestFilter {

	private final URI configured;

	public PublicBaseUrlFilter(@Value("${wijkatlas.public-base-url:}") String publicBaseUrl) {
		this.configured = parse(publicBaseUrl);
	}

	static URI parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		URI uri = URI.create(text.strip());
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
			throw new IllegalStateException("wijkatlas.public-base-url must be http(s)://host[:port], was " + text);
		}
		return uri;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		URI base = (this.configured != null) ? this.configured : localBase(request.getLocalPort());
		chain.doFilter(new PublicRequest(request, base), response);
	}

	/** {@code http://localhost:<port>}, without the port when it is HTTP's own. */
	static URI localBase(int port) {
		return URI.create((port == 80 || port <= 0) ? "http://localhost" : "http://localhost:" + port);
	}

	private static final class PublicRequest extends HttpServletRequestWrapper {

		private final URI base;

		PublicRequest(HttpServletRequest request, URI base) {
			super(request);
			this.base = base;
		}

		@Override
		public String getScheme() {
			return this.base.getScheme();
		}

		@Override
		public boolean isSecure() {
			return "https".equals(this.base.getScheme());
		}

		@Override
		public String getServerName() {
			return this.base.getHost();
		}

		@Override
		public int getServerPort() {
			return (this.base.getPort() != -1) ? this.base.getPort() : (isSecure() ? 443 : 80);
		}

		@Override
		public String getHeader(String name) {
			if ("host".equalsIgnoreCase(name)) {
				return this.base.getRawAuthority();
			}
			return super.getHeader(name);
		}

		@Override
		public java.util.Enumeration<String> getHeaders(String name) {
			if ("host".equalsIgnoreCase(name)) {
				return java.util.Collections.enumeration(java.util.List.of(this.base.getRawAuthority()));
			}
			return super.getHeaders(name);
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(this.base.getScheme()).append("://")
				.append(this.base.getRawAuthority())
				.append(getRequestURI());
		}

	}

}
