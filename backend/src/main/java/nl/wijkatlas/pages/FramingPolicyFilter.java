package nl.wijkatlas.pages;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may put a page in a frame: anyone for the embed pages under {@code /embed/}
 * (journalists put them in articles), only this site for everything else (no clickjacking
 * of the API or the app).
 */
@Component
class FramingPolicyFilter extends OncePerRequestFilter {

	static final String EMBED_PREFIX = "/embed/";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean embed = request.getRequestURI().startsWith(EMBED_PREFIX);
		response.setHeader("Content-Security-Policy", embed ? "frame-ancestors *" : "frame-ancestors 'self'");
		chain.doFilter(request, response);
	}

}
