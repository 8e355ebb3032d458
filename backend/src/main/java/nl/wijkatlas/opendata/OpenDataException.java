package nl.wijkatlas.opendata;

import org.springframework.http.HttpStatus;

/**
 * A request the open-data endpoints cannot answer, with a message meant for the client: a
 * bad parameter (400, naming it) or something that does not exist (404).
 */
class OpenDataException extends RuntimeException {

	private final HttpStatus status;

	private final String parameter;

	private OpenDataException(HttpStatus status, String parameter, String detail) {
		super(detail);
		this.status = status;
		this.parameter = parameter;
	}

	static OpenDataException badParameter(String parameter, String detail) {
		return new OpenDataException(HttpStatus.BAD_REQUEST, parameter, parameter + ": " + detail);
	}

	static OpenDataException notFound(String detail) {
		return new OpenDataException(HttpStatus.NOT_FOUND, null, detail);
	}

	HttpStatus status() {
		return this.status;
	}

	/** The query or path parameter at fault; null for a 404. */
	String parameter() {
		return this.parameter;
	}

}
