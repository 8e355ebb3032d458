package nl.wijkatlas.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkatlas.http.RequestIdFilter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Writes an RFC 9457 problem ({@code application/problem+json}) from a servlet filter,
 * where no controller advice runs: refusals that happen before a request reaches its
 * handler (not ready yet, rate limited) read like the ones after it.
 */
public final class ProblemWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemWriter() {
	}

	/**
	 * The members of a problem: {@code type} (always {@code about:blank}: the status says
	 * what kind of problem it is), {@code title}, {@code status}, {@code detail},
	 * {@code instance} (the path asked for) and the request's {@code requestId}.
	 */
	public static Map<String, Object> body(HttpServletRequest request, int status, String title, String detail,
			String instance) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		if (instance != null) {
			body.put("instance", instance);
		}
		Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		if (id != null) {
			body.put("requestId", id.toString());
		}
		return body;
	}

	/**
	 * Answers the request with the problem; {@code retryAfterSeconds} above 0 also sets
	 * {@code Retry-After}, and {@code extra} adds members such as a stable {@code code}.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
			String detail, long retryAfterSeconds, Map<String, Object> extra) throws IOException {
		Map<String, Object> body = body(request, status, title, detail, request.getRequestURI());
		body.putAll(extra);
		response.setStatus(status);
		if (retryAfterSeconds > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), body);
	}

}
