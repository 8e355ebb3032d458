package nl.wijkatlas.graphql;

/**
 * A well-formed reference to something that does not exist.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
