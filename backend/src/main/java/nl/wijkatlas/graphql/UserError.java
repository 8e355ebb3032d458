package nl.wijkatlas.graphql;

import java.util.List;

/**
 * An expected failure of a mutation, returned in its payload: what went wrong, with a
 * stable code and the input field it concerns.
 */
public record UserError(Code code, List<String> field, String message) {

	public enum Code {

		UNAUTHENTICATED, FORBIDDEN, INVALID, NOT_FOUND, CONFLICT

	}

}
