package nl.wijkatlas.http;

import nl.wijkatlas.limits.LimitsProperties;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response: a Content-Security-Policy whose framing directive
 * ({@code frame-ancestors}) stays the business of
 * {@code nl.wijkatlas.pages.FramingPolicyFilter} — this filter adds its directives to
 * whatever that filter sets instead of replacing it — plus {@code Referrer-Policy} and
 * {@code Permissions-Policy}. GraphiQL at {@code /graphiql} is the app's own bundle (no
 * CDN) and gets the same policy as every page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String CSP = "Content-Security-Policy";

	// Scripts only from this site (no inline, no foreign scripts, no eval), no plugins,
	// no
	// foreign base or form targets; data from anywhere (basemaps, the Locatieserver,
	// tiles). The app needs neither eval nor inline scripts; the browser tests, whose
	// playwright waitForFunction evaluates strings in the page, set a policy with
	// 'unsafe-eval' for their own server (wijkatlas.limits.content-security-policy,
	// BrowserIntegrationTest).
	static final String POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src * data: blob:; font-src * data:; connect-src * data: blob:; "
			+ "worker-src 'self' blob:; child-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

	private final String policy;

	SecurityHeadersFilter(LimitsProperties limits) {
		this.policy = (limits.contentSecurityPolicy() != null) ? limits.contentSecurityPolicy().strip() : POLICY;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
		response.setHeader("X-Content-Type-Options", "nosniff");
		boolean skip = this.policy.isEmpty();
		chain.doFilter(request, skip ? response : new MergingCsp(response, this.policy));
	}

	private static final class MergingCsp extends HttpServletResponseWrapper {

		private final String policy;

		MergingCsp(HttpServletResponse response, String policy) {
			super(response);
			this.policy = policy;
			response.setHeader(CSP, policy);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, value);
			if (CSP.equalsIgnoreCase(name)) {
				super.addHeader(CSP, this.policy);
			}
		}

	}

}
