package nl.wijkatlas.initiative;

import java.util.List;

import nl.wijkatlas.graphql.UserError;

/**
 * The result of an initiative mutation: the initiative as it now is, or why nothing was
 * written.
 */
record InitiativePayload(Initiative initiative, List<UserError> errors) {

	static InitiativePayload of(Initiative initiative) {
		return new InitiativePayload(initiative, List.of());
	}

	static InitiativePayload failed(List<UserError> errors) {
		return new InitiativePayload(null, errors);
	}

}
