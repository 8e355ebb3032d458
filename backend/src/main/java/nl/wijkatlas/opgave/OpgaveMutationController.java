package nl.wijkatlas.opgave;

import nl.wijkatlas.graphql.Payloads;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

@Controller
record OpgaveMutationController(OpgaveChanges changes) {

	@MutationMapping
	OpgavePayload createOpgave(@Argument OpgaveInput input, Authentication authentication) {
		return Payloads.attempt(() -> this.changes.create(input, authentication), OpgavePayload::of,
				OpgavePayload::failed);
	}

	@MutationMapping
	OpgavePayload updateOpgave(@Argument String id, @Argument int version, @Argument OpgaveInput input,
			Authentication authentication) {
		return Payloads.attempt(() -> this.changes.update(id, version, input, authentication), OpgavePayload::of,
				OpgavePayload::failed);
	}

}
