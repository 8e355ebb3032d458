package nl.wijkatlas.opgave;

import java.util.List;

import nl.wijkatlas.graphql.UserError;

/**
 * The result of an opgave mutation: the opgave as it now is, or why nothing was written.
 */
record OpgavePayload(Opgave opgave, List<UserError> errors) {

	static OpgavePayload of(Opgave opgave) {
		return new OpgavePayload(opgave, List.of());
	}

	static OpgavePayload failed(List<UserError> errors) {
		return new OpgavePayload(null, errors);
	}

}
