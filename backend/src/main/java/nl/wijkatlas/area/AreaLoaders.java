package nl.wijkatlas.area;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;
import tools.jackson.databind.util.RawValue;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Batches {@code Area.geometry}: one statement per distinct tolerance in a request,
 * however many areas ask. The GeoJSON text from PostGIS goes to the client as raw JSON,
 * never parsed in between.
 */
@Configuration(proxyBeanMethods = false)
class AreaGeometryLoader {

	record Key(String code, double toleranceMetres) {
	}

	AreaGeometryLoader(BatchLoaderRegistry registry, AreaRepository areas) {
		registry.forTypePair(Key.class, Object.class).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
			Map<Key, Object> result = new HashMap<>();
			Map<Double, List<Key>> byTolerance = keys.stream().collect(Collectors.groupingBy(Key::toleranceMetres));
			byTolerance.forEach((tolerance, group) -> {
				Map<String, String> json = areas.findGeoJson(group.stream().map(Key::code).toList(), tolerance);
				group.forEach((key) -> result.put(key, new RawValue(json.get(key.code()))));
			});
			return result;
		}));
	}

}
