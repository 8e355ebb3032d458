package nl.wijkatlas.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a change for a mutation and answers with its payload: the changed record, or the
 * {@link UserError}s that stopped it (then the change's transaction wrote nothing).
 */
public final class Payloads {

	private Payloads() {
	}

	public static <T, P> P attempt(Supplier<T> change, Function<T, P> done, Function<List<UserError>, P> refused) {
		try {
			return done.apply(change.get());
		}
		catch (MutationException ex) {
			return refused.apply(ex.errors());
		}
	}

}
