package nl.wijkatlas.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.wijkatlas.area.Area;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code source} fields of the types that cite one, each batch-loaded.
 */
@Controller
class SourceController {

	private final SourceRepository sources;

	SourceController(SourceRepository sources) {
		this.sources = sources;
	}

	@BatchMapping(typeName = "Area", field = "source")
	Map<Area, Source> areaSource(List<Area> areas) {
		return resolve(areas, Area::sourceId);
	}

	@BatchMapping(typeName = "Membership", field = "source")
	Map<Area.Membership, Source> membershipSource(List<Area.Membership> memberships) {
		return resolve(memberships, Area.Membership::sourceId);
	}

	private <T> Map<T, Source> resolve(List<T> citing, Function<T, String> sourceIdOf) {
		List<String> ids = citing.stream().map(sourceIdOf).filter(Objects::nonNull).distinct().toList();
		Map<String, Source> byId = this.sources.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Source::getId, Function.identity()));
		return citing.stream()
			.filter((c) -> byId.containsKey(sourceIdOf.apply(c)))
			.collect(Collectors.toMap(Function.identity(), (c) -> byId.get(sourceIdOf.apply(c)), (a, b) -> a));
	}

}
