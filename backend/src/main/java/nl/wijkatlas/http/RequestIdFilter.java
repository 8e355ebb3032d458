package nl.wijkatlas.http;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token
 * (letters, digits, {@code .-_:}, at most 64), otherwise a new one. It is in the log
 * lines of the request (MDC key {@code requestId}), in the {@code X-Request-Id} response
 * header and in {@code extensions.requestId} of every GraphQL error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String ATTRIBUTE = "wijkatlas.requestId";

	public static final String MDC_KEY = "requestId";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		Object earlier = request.getAttribute(ATTRIBUTE);
		String id = (earlier != null) ? earlier.toString()
				: (incoming != null && SAFE.matcher(incoming).matches()) ? incoming : newId();
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** The id of the request being served on this thread, or a new one. */
	public static String current() {
		String id = MDC.get(MDC_KEY);
		return (id != null) ? id : newId();
	}

}
