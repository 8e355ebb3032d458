package nl.wijkatlas.indicator;

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
import nl.wijkatlas.source.SourceRepository;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The figures of an area ({@code Area.indicatorValues}) and the fields of a figure that
 * point elsewhere (its indicator, its source), each batch-loaded.
 */
@Controller
class IndicatorValueController {

	/**
	 * A profile shows a handful of trends; a series request for every indicator is no
	 * trend.
	 */
	static final int MAX_SERIES = 50;

	private final IndicatorRepository indicators;

	private final SourceRepository sources;

	IndicatorValueController(IndicatorRepository indicators, SourceRepository sources) {
		this.indicators = indicators;
		this.sources = sources;
	}

	@SchemaMapping(typeName = "Area")
	CompletableFuture<List<IndicatorValue>> indicatorValues(Area area, @Argument List<String> codes,
			@Argument String period, DataFetchingEnvironment env) {
		List<String> wanted = (codes != null) ? List.copyOf(codes) : null;
		IndicatorArguments.requireCodes("codes", wanted);
		IndicatorArguments.requirePeriod("period", period);
		if (wanted != null) {
			wanted = requireKnown(wanted, env);
		}
		DataLoader<IndicatorValueLoaders.AreaKey, List<IndicatorValue>> loader = env
			.getDataLoader(IndicatorValueLoaders.OF_AREA);
		return loader
			.load(new IndicatorValueLoaders.AreaKey(area, wanted, period, Comparisons.of(env.getSelectionSet())));
	}

	/**
	 * Every stored figure of the area for each indicator, in period order: a trend line,
	 * derived figures included (flagged), each figure with its own source. Aliases give
	 * the series of the indicator they stand for.
	 */
	@SchemaMapping(typeName = "Area")
	CompletableFuture<List<IndicatorSeries>> indicatorSeries(Area area, @Argument List<String> codes,
			DataFetchingEnvironment env) {
		IndicatorArguments.requireCodes("codes", codes);
		if (codes.size() > MAX_SERIES) {
			throw new InvalidInputException("codes", "at most " + MAX_SERIES + " indicators per series request");
		}
		List<String> wanted = requireKnown(List.copyOf(codes), env);
		DataLoader<IndicatorValueLoaders.AreaKey, List<IndicatorValue>> loader = env
			.getDataLoader(IndicatorValueLoaders.OF_AREA);
		return loader
			.load(new IndicatorValueLoaders.AreaKey(area, wanted, null,
					Comparisons.of(env.getSelectionSet(), "values/")))
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

	@BatchMapping(typeName = "Derivation", field = "inputSources")
	Map<Derivation, List<Source>> derivationSources(List<Derivation> derivations) {
		Map<String, Source> byId = this.sources
			.findAllById(derivations.stream().flatMap((d) -> d.inputSourceIds().stream()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Source::getId, Function.identity()));
		return derivations.stream()
			.collect(Collectors.toMap(Function.identity(),
					(d) -> d.inputSourceIds().stream().map(byId::get).filter(Objects::nonNull).toList(), (a, b) -> a));
	}

	private Map<String, Indicator> byCode(java.util.stream.Stream<String> codes) {
		return this.indicators.findByCodes(codes.distinct().toList())
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
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

	@BatchMapping(typeName = "IndicatorValue", field = "source")
	Map<IndicatorValue, Source> valueSource(List<IndicatorValue> values) {
		return resolve(values, IndicatorValue::sourceId);
	}

	@BatchMapping(typeName = "Indicator", field = "source")
	Map<Indicator, Source> indicatorSource(List<Indicator> indicators) {
		return resolve(indicators, Indicator::sourceId);
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
