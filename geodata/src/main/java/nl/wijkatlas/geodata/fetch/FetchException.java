package nl.wijkatlas.geodata.fetch;

import nl.wijkatlas.geodata.ImportException;

/**
 * A fetch that failed before the database was touched: a service that could not be
 * reached, kept failing, or answered something that is not what it documents. The message
 * names the service and the URL.
 */
public class FetchException extends ImportException {

	public FetchException(String message) {
		super(message);
	}

	public FetchException(String message, Throwable cause) {
		super(message, cause);
	}

}
