package nl.wijkatlas.initiative;

import nl.wijkatlas.graphql.Payloads;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

@Controller
record InitiativeMutationController(InitiativeChanges changes) {

	@MutationMapping
	InitiativePayload createInitiative(@Argument InitiativeInput input, Authentication authentication) {
		return Payloads.attempt(() -> this.changes.create(input, authentication), InitiativePayload::of,
				InitiativePayload::failed);
	}

	@MutationMapping
	InitiativePayload updateInitiative(@Argument String id, @Argument int version, @Argument InitiativeInput input,
			Authentication authentication) {
		return Payloads.attempt(() -> this.changes.update(id, version, input, authentication), InitiativePayload::of,
				InitiativePayload::failed);
	}

}
