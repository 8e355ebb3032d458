package nl.wijkatlas.problem;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import nl.wijkatlas.http.ApiVersionFilter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last net under the API's errors: an error status that a handler answered with no
 * body at all — Spring GraphQL's 415 for a POST that is not JSON, an empty
 * {@code ResponseEntity.status(…).build()} — gets an RFC 9457 problem body like every
 * other error. Errors sent with {@code sendError} are left to
 * {@link ProblemErrorController} (or the app's HTML page for browsers), and anything with
 * a body or a content type of its own, or already on its way to the client, is left
 * alone. Only API paths; HEAD has no body by definition.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class EmptyErrorProblemFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "HEAD".equals(request.getMethod()) || !ApiVersionFilter.isApiRequest(request);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		// GraphQL answers asynchronously: its status is known after the async dispatch.
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ErrorWatch watched = new ErrorWatch(response);
		chain.doFilter(request, watched);
		int status = response.getStatus();
		if (status >= 400 && !watched.sentError && !response.isCommitted() && response.getContentType() == null
				&& !request.isAsyncStarted()) {
			HttpStatus known = HttpStatus.resolve(status);
			String title = (known != null) ? known.getReasonPhrase() : "HTTP " + status;
			String detail = (known != null) ? ProblemErrorController.detail(known, request.getRequestURI(), null)
					: "The request could not be processed.";
			response.resetBuffer();
			ProblemWriter.write(request, response, status, title, detail, 0, Map.of());
		}
	}

	/** Notes whether the error went through {@code sendError} (and so to /error). */
	private static final class ErrorWatch extends HttpServletResponseWrapper {

		private boolean sentError;

		ErrorWatch(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int sc) throws IOException {
			this.sentError = true;
			super.sendError(sc);
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			this.sentError = true;
			super.sendError(sc, msg);
		}

	}

}
