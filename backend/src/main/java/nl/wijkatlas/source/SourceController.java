package nl.wijkatlas.source;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import nl.wijkatlas.area.Area;
import nl.wijkatlas.graphql.Batches;

/**
 * The one way a source is loaded: by id, batch-loaded for every type that cites one
 * ({@code DataLoader<String, Source>} as a parameter of its {@code source} field), so a
 * request runs one statement per level for all of them. This controller registers it and
 * serves the {@code source} fields of the area types.
 */
@Controller
record SourceController(BatchLoaderRegistry registry, SourceRepository sources) {

	SourceController {
		Batches.registerByKey(registry, Source.class, sources::findAllById, Source::id);
	}

	@SchemaMapping(typeName = "Area", field = "source")
	CompletableFuture<Source> areaSource(Area area, DataLoader<String, Source> sourceById) {
		return Batches.loadIfAny(sourceById, area.sourceId());
	}

	@SchemaMapping(typeName = "Membership", field = "source")
	CompletableFuture<Source> membershipSource(Area.Membership membership, DataLoader<String, Source> sourceById) {
		return Batches.loadIfAny(sourceById, membership.sourceId());
	}

}
