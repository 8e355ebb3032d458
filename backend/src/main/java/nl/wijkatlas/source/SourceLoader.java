package nl.wijkatlas.source;

import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Sources by id, batch-loaded for every record type that cites one: inject
 * {@code DataLoader<String, Source> sourceById}.
 */
@Configuration(proxyBeanMethods = false)
public class SourceLoader {

	public static final String SOURCE_BY_ID = "sourceById";

	SourceLoader(BatchLoaderRegistry registry, SourceRepository sources) {
		registry.<String, Source>forName(SOURCE_BY_ID)
			.registerMappedBatchLoader((ids,
					env) -> Mono.fromCallable(() -> sources.findAllById(ids)
						.stream()
						.collect(Collectors.toMap(Source::getId, Function.identity()))));
	}

}
