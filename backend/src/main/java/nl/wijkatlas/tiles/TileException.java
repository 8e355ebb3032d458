package nl.wijkatlas.tiles;

import org.springframework.http.HttpStatus;

/**
 * A tile request that cannot be answered: a bad parameter (400, naming it) or an unknown
 * layer or indicator (404).
 */
class TileException extends RuntimeException {

	private final HttpStatus status;

	private final String parameter;

	private TileException(HttpStatus status, String parameter, String detail) {
		super(detail);
		this.status = status;
		this.parameter = parameter;
	}

	static TileException badParameter(String parameter, String detail) {
		return new TileException(HttpStatus.BAD_REQUEST, parameter, parameter + ": " + detail);
	}

	static TileException notFound(String detail) {
		return new TileException(HttpStatus.NOT_FOUND, null, detail);
	}

	HttpStatus status() {
		return this.status;
	}

	String parameter() {
		return this.parameter;
	}

}
