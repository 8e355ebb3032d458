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
public class AreaLoaders {

	/** The name of the {@code DataLoader<String, Area>} that loads areas by code. */
	public static final String AREA_BY_CODE = "areaByCode";

	record Key(String code, double toleranceMetres) {
	}

	AreaLoaders(BatchLoaderRegistry registry, AreaRepository areas) {
		registry.<String, Area>forName(AREA_BY_CODE)
			.registerMappedBatchLoader((codes, env) -> Mono.fromCallable(
					() -> areas.findByCodes(codes).stream().collect(Collectors.toMap(Area::code, (area) -> area))));
		registry.<Key, Object>forName("areaGeometry").registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
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
