package nl.wijkatlas.limits;

import nl.wijkatlas.graphql.ErrorCodes;
import nl.wijkatlas.http.RequestIdFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies on {@code /graphql} larger than
 * {@code wijkatlas.limits.max-request-bytes} with HTTP 413 and a GraphQL-shaped error
 * (REQUEST_TOO_LARGE), whether the client declares the length or streams it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LimitsProperties limits;

	RequestSizeFilter(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/graphql") || "GET".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long max = this.limits.maxRequestBytes();
		if (request.getContentLengthLong() > max) {
			refuse(request, response, max);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		if (body.length > max) {
			refuse(request, response, max);
			return;
		}
		chain.doFilter(new CachedBody(request, body), response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, long max) throws IOException {
		Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		response.setStatus(413);
		response.setHeader("Connection", "close");
		response.setContentType("application/json");
		JSON.writeValue(response.getOutputStream(),
				ErrorCodes.body(ErrorCodes.REQUEST_TOO_LARGE,
						"The request body is larger than " + max + " bytes (wijkatlas.limits.max-request-bytes)",
						(id != null) ? id.toString() : RequestIdFilter.newId()));
	}

	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					try {
						return in.available() == 0;
					}
					catch (IOException ex) {
						return true;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

	}

}
