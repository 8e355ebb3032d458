package nl.wijkatlas.graphql;

/**
 * A request argument the API cannot accept. Its message is meant for the client and names
 * the argument.
 */
public class InvalidInputException extends RuntimeException {

	private final String argument;

	public InvalidInputException(String argument, String message) {
		super(argument + ": " + message);
		this.argument = argument;
	}

	public String getArgument() {
		return this.argument;
	}

}
