package nl.wijkatlas.indicator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.graphql.Batches;
import nl.wijkatlas.graphql.InvalidInputException;
import nl.wijkatlas.graphql.NotFoundException;
import nl.wijkatlas.source.Source;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
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

		// By the area's code: the record's own would hash every property of the area.
		@Override
		public boolean equals(Object other) {
			return (other instanceof AreaKey key) && this.area.code().equals(key.area.code())
					&& Objects.equals(this.codes, key.codes) && Objects.equals(this.period, key.period)
					&& this.comparisons.equals(key.comparisons);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.area.code(), this.codes, this.period, this.comparisons);
		}

	}

	IndicatorValueController {
		Batches.registerByKey(registry, Indicator.class, indicators::findByCodes, Indicator::code);
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
		return indicatorValuesOfArea.load(new AreaKey(area, wanted, period, Comparisons.of(env)));
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
		return indicatorValuesOfArea.load(new AreaKey(area, wanted, null, Comparisons.of(env, "values/")))
			.thenApply((values) -> {
				Map<String, List<IndicatorValue>> byCode = values.stream()
					.collect(Collectors.groupingBy(IndicatorValue::indicatorCode));
				return wanted.stream()
					.distinct()
					.map((code) -> new IndicatorSeries(code, byCode.getOrDefault(code, List.of())))
					.toList();
			});
	}

	@SchemaMapping(typeName = "Derivation", field = "description")
	CompletableFuture<String> derivationDescription(Derivation derivation,
			DataLoader<String, Indicator> indicatorByCode) {
		return Batches.loadIfAny(indicatorByCode, derivation.weightIndicatorCode())
			.thenApply((weight) -> derivation.description((weight != null) ? weight.label() : null));
	}

	@SchemaMapping(typeName = "Derivation", field = "weightIndicator")
	CompletableFuture<Indicator> derivationWeight(Derivation derivation,
			DataLoader<String, Indicator> indicatorByCode) {
		return Batches.loadIfAny(indicatorByCode, derivation.weightIndicatorCode());
	}

	@SchemaMapping(typeName = "Derivation", field = "inputSources")
	CompletableFuture<List<Source>> derivationSources(Derivation derivation, DataLoader<String, Source> sourceById) {
		return sourceById.loadMany(derivation.inputSourceIds())
			.thenApply((sources) -> sources.stream().filter(Objects::nonNull).toList());
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
