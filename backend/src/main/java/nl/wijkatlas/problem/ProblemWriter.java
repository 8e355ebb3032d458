package nl.wijkatlas.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkatlas.hardening.RequestIdFilter;
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
	 * Answers the request with the problem; {@code retryAfterSeconds} above 0 also sets
	 * {@code Retry-After}, and {@code extra} adds members such as a stable {@code code}.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
			String detail, long retryAfterSeconds, Map<String, Object> extra) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		body.putAll(extra);
		Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		if (id != null) {
			body.put("requestId", id.toString());
		}
		response.setStatus(status);
		if (retryAfterSeconds > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), body);
	}

}
