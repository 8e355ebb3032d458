package nl.wijkatlas.indicator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.graphql.InvalidInputException;
import nl.wijkatlas.graphql.NotFoundException;
import nl.wijkatlas.source.Source;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The figures of an area ({@code Area.indicatorValues}, {@code Area.indicatorSeries}: one
 * statement per distinct set of arguments in a request, however many areas ask) and the
 * fields of a figure that point elsewhere (its indicator, its source), each batch-loaded.
 */
@Controller
record IndicatorValueController(IndicatorRepository indicators, IndicatorValueRepository values,
		BatchLoaderRegistry registry) {

	/**
	 * A profile shows a handful of trends; a series request for every indicator is no
	 * trend.
	 */
	static final int MAX_SERIES = 50;

	/** {@code Area.indicatorValues(codes, period)} of one area. */
	record AreaKey(Area area, List<String> codes, String period, Comparisons comparisons) {
	}

	IndicatorValueController {
		registry.<AreaKey, List<IndicatorValue>>forName("indicatorValuesOfArea")
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

	@SchemaMapping(typeName = "Area")
	CompletableFuture<List<IndicatorValue>> indicatorValues(Area area, @Argument List<String> codes,
			@Argument String period, DataFetchingEnvironment env,
			DataLoader<AreaKey, List<IndicatorValue>> indicatorValuesOfArea) {
		List<String> wanted = (codes != null) ? List.copyOf(codes) : null;
		IndicatorArguments.requireCodes("codes", wanted);
		IndicatorArguments.requirePeriod("period", period);
		if (wanted != null) {
			wanted = requireKnown(wanted, env);
		}
		return indicatorValuesOfArea.load(new AreaKey(area, wanted, period, Comparisons.of(env.getSelectionSet())));
	}

	/**
	 * Every stored figure of the area for each indicator, in period order: a trend line,
	 * derived figures included (flagged), each figure with its own source. Aliases give
	 * the series of the indicator they stand for.
	 */
	@SchemaMapping(typeName = "Area")
	CompletableFuture<List<IndicatorSeries>> indicatorSeries(Area area, @Argument List<String> codes,
			DataFetchingEnvironment env, DataLoader<AreaKey, List<IndicatorValue>> indicatorValuesOfArea) {
		IndicatorArguments.requireCodes("codes", codes);
		if (codes.size() > MAX_SERIES) {
			throw new InvalidInputException("codes", "at most " + MAX_SERIES + " indicators per series request");
		}
		List<String> wanted = requireKnown(List.copyOf(codes), env);
		return indicatorValuesOfArea
			.load(new AreaKey(area, wanted, null, Comparisons.of(env.getSelectionSet(), "values/")))
			.thenApply((values) -> {
				Map<String, List<IndicatorValue>> byCode = values.stream()
					.collect(Collectors.groupingBy(IndicatorValue::indicatorCode));
				return wanted.stream()
					.distinct()
					.map((code) -> new IndicatorSeries(code, byCode.getOrDefault(code, List.of())))
					.toList();
			});
	}

	@BatchMapping(typeName = "IndicatorSeries", field = "indicator")
	Map<IndicatorSeries, Indicator> seriesIndicator(List<IndicatorSeries> series) {
		Map<String, Indicator> byCode = byCode(series.stream().map(IndicatorSeries::indicatorCode));
		return series.stream()
			.filter((s) -> byCode.containsKey(s.indicatorCode()))
			.collect(Collectors.toMap(Function.identity(), (s) -> byCode.get(s.indicatorCode()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Derivation", field = "description")
	Map<Derivation, String> derivationDescription(List<Derivation> derivations) {
		Map<String, Indicator> weights = byCode(
				derivations.stream().map(Derivation::weightIndicatorCode).filter(Objects::nonNull));
		return derivations.stream()
			.collect(Collectors.toMap(Function.identity(),
					(d) -> d
						.description((d.weightIndicatorCode() != null && weights.containsKey(d.weightIndicatorCode()))
								? weights.get(d.weightIndicatorCode()).label() : null),
					(a, b) -> a));
	}

	@BatchMapping(typeName = "Derivation", field = "weightIndicator")
	Map<Derivation, Indicator> derivationWeight(List<Derivation> derivations) {
		Map<String, Indicator> weights = byCode(
				derivations.stream().map(Derivation::weightIndicatorCode).filter(Objects::nonNull));
		return derivations.stream()
			.filter((d) -> d.weightIndicatorCode() != null && weights.containsKey(d.weightIndicatorCode()))
			.collect(Collectors.toMap(Function.identity(), (d) -> weights.get(d.weightIndicatorCode()), (a, b) -> a));
	}

	private Map<String, Indicator> byCode(java.util.stream.Stream<String> codes) {
		return this.indicators.findByCodes(codes.distinct().toList())
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
	}

	@SchemaMapping(typeName = "Derivation", field = "inputSources")
	CompletableFuture<List<Source>> derivationSources(Derivation derivation, DataLoader<String, Source> sourceById) {
		return sourceById.loadMany(derivation.inputSourceIds())
			.thenApply((sources) -> sources.stream().filter(Objects::nonNull).toList());
	}

	@BatchMapping(typeName = "IndicatorValue")
	Map<IndicatorValue, Indicator> indicator(List<IndicatorValue> values) {
		Map<String, Indicator> byCode = this.indicators
			.findByCodes(values.stream().map(IndicatorValue::indicatorCode).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		return values.stream()
			.filter((value) -> byCode.containsKey(value.indicatorCode()))
			.collect(Collectors.toMap(Function.identity(), (value) -> byCode.get(value.indicatorCode()), (a, b) -> a));
	}

	@SchemaMapping(typeName = "IndicatorValue", field = "source")
	CompletableFuture<Source> valueSource(IndicatorValue value, DataLoader<String, Source> sourceById) {
		return (value.sourceId() != null) ? sourceById.load(value.sourceId()) : CompletableFuture.completedFuture(null);
	}

	@SchemaMapping(typeName = "Indicator", field = "source")
	CompletableFuture<Source> indicatorSource(Indicator indicator, DataLoader<String, Source> sourceById) {
		return sourceById.load(indicator.sourceId());
	}

	/**
	 * Unknown codes are the client's mistake; checked once per request and list of codes,
	 * however many areas ask. An alias is known: it is replaced by the indicator it
	 * stands for.
	 * @return the codes, aliases replaced
	 */
	private List<String> requireKnown(List<String> codes, DataFetchingEnvironment env) {
		Map<List<String>, List<String>> checked = env.getGraphQlContext()
			.computeIfAbsent(IndicatorValueController.class, (key) -> new java.util.concurrent.ConcurrentHashMap<>());
		return checked.computeIfAbsent(codes, (key) -> {
			List<String> unknown = this.indicators.findUnknown(key);
			if (!unknown.isEmpty()) {
				throw new NotFoundException(
						"No indicator with code " + String.join(", ", unknown) + " (argument codes)");
			}
			Map<String, String> aliased = this.indicators.findAliased(key);
			return aliased.isEmpty() ? key : key.stream().map((code) -> aliased.getOrDefault(code, code)).toList();
		});
	}

}
