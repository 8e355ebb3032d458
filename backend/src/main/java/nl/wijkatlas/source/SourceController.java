package nl.wijkatlas.source;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import nl.wijkatlas.area.Area;

/**
 * The one way a source is loaded: by id, batch-loaded for every type that cites one
 * ({@code DataLoader<String, Source>} as a parameter of its {@code source} field), so a
 * request runs one statement per level for all of them. This controller registers it and
 * serves the {@code source} fields of the area types.
 */
@Controller
class SourceController {

	SourceController(BatchLoaderRegistry registry, SourceRepository sources) {
		registry.forTypePair(String.class, Source.class)
			.registerMappedBatchLoader((ids,
					env) -> Mono.fromCallable(() -> sources.findAllById(ids)
						.stream()
						.collect(Collectors.toMap(Source::getId, Function.identity()))));
	}

	@SchemaMapping(typeName = "Area", field = "source")
	CompletableFuture<Source> areaSource(Area area, DataLoader<String, Source> sourceById) {
		return load(sourceById, area.sourceId());
	}

	@SchemaMapping(typeName = "Membership", field = "source")
	CompletableFuture<Source> membershipSource(Area.Membership membership, DataLoader<String, Source> sourceById) {
		return load(sourceById, membership.sourceId());
	}

	private static CompletableFuture<Source> load(DataLoader<String, Source> sourceById, String id) {
		return (id != null) ? sourceById.load(id) : CompletableFuture.completedFuture(null);
	}

}
