package nl.wijkatlas.source;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.wijkatlas.area.Area;

/**
 * The {@code source} fields of the area types, through the one {@code sourceById} loader
 * ({@link SourceLoader}) that every type citing a source uses: one statement per request
 * for all of them.
 */
@Controller
class SourceController {

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
