package nl.wijkatlas.indicator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.wijkatlas.area.Area;
import nl.wijkatlas.geodata.AreaLevel;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Batches the figure fields that take arguments: one statement per distinct set of
 * arguments in a request, however many indicators or areas ask.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorValueLoaders {

	static final String CHOROPLETH = "indicatorValuesForLevel";

	static final String OF_AREA = "indicatorValuesOfArea";

	static final String COVERAGE = "indicatorCoverage";

	/** {@code Indicator.coverage(gemeente)} of one indicator. */
	record CoverageKey(String indicatorCode, String gemeente) {
	}

	/** {@code Indicator.values(period, level)} of one indicator. */
	record LevelKey(String indicatorCode, String period, AreaLevel level, String gemeente, Comparisons comparisons) {
	}

	/** {@code Area.indicatorValues(codes, period)} of one area. */
	record AreaKey(Area area, List<String> codes, String period, Comparisons comparisons) {
	}

	IndicatorValueLoaders(BatchLoaderRegistry registry, IndicatorValueRepository values,
			IndicatorRepository indicators) {
		registry.<CoverageKey, List<IndicatorCoverage>>forName(COVERAGE)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
				Map<CoverageKey, List<IndicatorCoverage>> result = new HashMap<>();
				keys.stream()
					.collect(Collectors.groupingBy((k) -> java.util.Optional.ofNullable(k.gemeente())))
					.forEach((gemeente, batch) -> {
						Map<String, List<IndicatorCoverage>> byCode = indicators.findCoverage(
								batch.stream().map(CoverageKey::indicatorCode).distinct().toList(),
								gemeente.orElse(null));
						batch.forEach((key) -> result.put(key, byCode.getOrDefault(key.indicatorCode(), List.of())));
					});
				return result;
			}));
		registry.<LevelKey, List<IndicatorValue>>forName(CHOROPLETH)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
				Map<LevelKey, List<IndicatorValue>> result = new HashMap<>();
				keys.stream()
					.collect(Collectors.groupingBy(
							(k) -> java.util.Arrays.asList(k.period(), k.level(), k.gemeente(), k.comparisons())))
					.forEach((group, batch) -> {
						Map<String, List<IndicatorValue>> byCode = values
							.findForLevel(batch.stream().map(LevelKey::indicatorCode).distinct().toList(),
									(String) group.get(0), (AreaLevel) group.get(1), (String) group.get(2),
									(Comparisons) group.get(3))
							.stream()
							.collect(Collectors.groupingBy(IndicatorValue::indicatorCode));
						batch.forEach((key) -> result.put(key, byCode.getOrDefault(key.indicatorCode(), List.of())));
					});
				return result;
			}));
		registry.<AreaKey, List<IndicatorValue>>forName(OF_AREA)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
				Map<AreaKey, List<IndicatorValue>> result = new HashMap<>();
				keys.stream()
					.collect(Collectors.groupingBy((k) -> new Arguments(k.codes(), k.period(), k.comparisons())))
					.forEach((arguments, batch) -> {
						Map<String, Area> areas = new LinkedHashMap<>();
						batch.forEach((key) -> areas.put(key.area().code(), key.area()));
						Map<String, List<IndicatorValue>> byArea = values
							.findForAreas(areas, arguments.codes(), arguments.period(), arguments.comparisons())
							.stream()
							.collect(Collectors.groupingBy((value) -> value.area().code()));
						batch.forEach((key) -> result.put(key, byArea.getOrDefault(key.area().code(), List.of())));
					});
				return result;
			}));
	}

	private record Arguments(List<String> codes, String period, Comparisons comparisons) {
	}

}
