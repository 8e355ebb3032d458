package nl.wijkatlas.problem;

import org.springframework.http.HttpStatus;

/**
 * An HTTP request (a download, a tile, an OGC API call) that cannot be answered, with a
 * message meant for the client: a bad parameter (400, naming it) or something that does
 * not exist (404). Answered as RFC 9457 problem details by {@link ProblemResponses}.
 */
public class RequestRefused extends RuntimeException {

	private final HttpStatus status;

	private final String parameter;

	private RequestRefused(HttpStatus status, String parameter, String detail) {
		super(detail);
		this.status = status;
		this.parameter = parameter;
	}

	public static RequestRefused badParameter(String parameter, String detail) {
		return new RequestRefused(HttpStatus.BAD_REQUEST, parameter, parameter + ": " + detail);
	}

	public static RequestRefused notFound(String detail) {
		return new RequestRefused(HttpStatus.NOT_FOUND, null, detail);
	}

	public HttpStatus status() {
		return this.status;
	}

	/** The query or path parameter at fault; null for a 404. */
	public String parameter() {
		return this.parameter;
	}

}
