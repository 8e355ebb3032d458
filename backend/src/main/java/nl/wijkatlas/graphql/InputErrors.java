package nl.wijkatlas.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a mutation's input, so the caller hears about every problem
 * at once.
 */
public final class InputErrors {

	private final List<UserError> errors = new ArrayList<>();

	public InputErrors add(String field, String message) {
		this.errors.add(new UserError(UserError.Code.INVALID, List.of(field.split("\\.")), message));
		return this;
	}

	public InputErrors require(boolean condition, String field, String message) {
		return condition ? this : add(field, message);
	}

	public void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new MutationException(this.errors);
		}
	}

}
