package nl.wijkatlas.graphql;

import java.util.List;

/**
 * Stops a mutation with one or more {@link UserError}s; the mutation returns them in its
 * payload and writes nothing.
 */
public class MutationException extends RuntimeException {

	private final transient List<UserError> errors;

	public MutationException(UserError.Code code, String field, String message) {
		this(List.of(new UserError(code, (field != null) ? List.of(field.split("\\.")) : List.of(), message)));
	}

	public MutationException(List<UserError> errors) {
		super(errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<UserError> errors() {
		return this.errors;
	}

}
