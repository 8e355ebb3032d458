package nl.wijkatlas.problem;

import org.springframework.http.HttpStatus;

/**
 * An HTTP request (a download, a tile, an OGC API call, an address search, an oEmbed
 * call) that cannot be answered, with a message meant for the client: a bad parameter
 * (400, naming it), something that does not exist (404) or another refusal with its own
 * status (a failing upstream service: 502). Answered as RFC 9457 problem details by
 * {@link ProblemResponses}.
 */
public class RequestRefused extends RuntimeException {

	private final HttpStatus status;

	private final String parameter;

	private final String title;

	private RequestRefused(HttpStatus status, String parameter, String title, String detail) {
		super(detail);
		this.status = status;
		this.parameter = parameter;
		this.title = title;
	}

	public static RequestRefused badParameter(String parameter, String detail) {
		return new RequestRefused(HttpStatus.BAD_REQUEST, parameter, "Bad parameter", parameter + ": " + detail);
	}

	public static RequestRefused notFound(String detail) {
		return new RequestRefused(HttpStatus.NOT_FOUND, null, "Not found", detail);
	}

	/**
	 * Any other refusal: the problem's title is the status's reason phrase ("Bad
	 * Gateway", "Not Implemented").
	 */
	public static RequestRefused withStatus(HttpStatus status, String detail) {
		return new RequestRefused(status, null, status.getReasonPhrase(), detail);
	}

	public HttpStatus status() {
		return this.status;
	}

	/** The query or path parameter at fault; null when no one parameter is. */
	public String parameter() {
		return this.parameter;
	}

	/** The problem's title. */
	public String title() {
		return this.title;
	}

}
