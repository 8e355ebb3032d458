package nl.wijkatlas.area;

import graphql.schema.idl.RuntimeWiring;
import nl.wijkatlas.graphql.Batches;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code Area.children} through the children loader that {@code AreaController}
 * registers, keyed by the parent's code: a plain fetcher
 * ({@link Batches#byKey(String, java.util.function.Function)}), as a tree asks it of
 * every area on its way down.
 */
@Component
class AreaFieldWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Area", (type) -> type.dataFetcher("children", Batches.byKey(AreaController.CHILDREN, Area::code)));
	}

}
