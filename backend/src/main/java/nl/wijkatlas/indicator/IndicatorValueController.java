package nl.wijkatlas.indicator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.graphql.NotFoundException;
import nl.wijkatlas.source.Source;
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

	private final IndicatorRepository indicators;

	private final IndicatorSourceRepository sources;

	IndicatorValueController(IndicatorRepository indicators, IndicatorSourceRepository sources) {
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
			requireKnown(wanted, env);
		}
		DataLoader<IndicatorValueLoaders.AreaKey, List<IndicatorValue>> loader = env
			.getDataLoader(IndicatorValueLoaders.OF_AREA);
		return loader
			.load(new IndicatorValueLoaders.AreaKey(area, wanted, period, Comparisons.of(env.getSelectionSet())));
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
	 * however many areas ask.
	 */
	private void requireKnown(List<String> codes, DataFetchingEnvironment env) {
		Map<List<String>, List<String>> checked = env.getGraphQlContext()
			.computeIfAbsent(IndicatorValueController.class, (key) -> new java.util.concurrent.ConcurrentHashMap<>());
		List<String> unknown = checked.computeIfAbsent(codes, this.indicators::findUnknown);
		if (!unknown.isEmpty()) {
			throw new NotFoundException("No indicator with code " + String.join(", ", unknown) + " (argument codes)");
		}
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
