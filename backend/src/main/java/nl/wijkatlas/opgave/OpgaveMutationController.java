package nl.wijkatlas.opgave;

import nl.wijkatlas.graphql.MutationException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

@Controller
class OpgaveMutationController {

	private final OpgaveChanges changes;

	OpgaveMutationController(OpgaveChanges changes) {
		this.changes = changes;
	}

	@MutationMapping
	OpgavePayload createOpgave(@Argument OpgaveInput input, Authentication authentication) {
		try {
			return OpgavePayload.of(this.changes.create(input, authentication));
		}
		catch (MutationException ex) {
			return OpgavePayload.failed(ex.errors());
		}
	}

	@MutationMapping
	OpgavePayload updateOpgave(@Argument String id, @Argument int version, @Argument OpgaveInput input,
			Authentication authentication) {
		try {
			return OpgavePayload.of(this.changes.update(id, version, input, authentication));
		}
		catch (MutationException ex) {
			return OpgavePayload.failed(ex.errors());
		}
	}

}
