package nl.wijkatlas.initiative;

import nl.wijkatlas.graphql.MutationException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

@Controller
class InitiativeMutationController {

	private final InitiativeChanges changes;

	InitiativeMutationController(InitiativeChanges changes) {
		this.changes = changes;
	}

	@MutationMapping
	InitiativePayload createInitiative(@Argument InitiativeInput input, Authentication authentication) {
		try {
			return InitiativePayload.of(this.changes.create(input, authentication));
		}
		catch (MutationException ex) {
			return InitiativePayload.failed(ex.errors());
		}
	}

	@MutationMapping
	InitiativePayload updateInitiative(@Argument String id, @Argument int version, @Argument InitiativeInput input,
			Authentication authentication) {
		try {
			return InitiativePayload.of(this.changes.update(id, version, input, authentication));
		}
		catch (MutationException ex) {
			return InitiativePayload.failed(ex.errors());
		}
	}

}
