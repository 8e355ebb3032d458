package nl.wijkatlas.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.area.AreaRows;
import nl.wijkatlas.area.GemeenteCode;
import nl.wijkatlas.graphql.ConnectionArguments;
import nl.wijkatlas.graphql.KeysetPaging;
import nl.wijkatlas.graphql.NotFoundException;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The indicators: a cursor connection filterable by theme, one by code, and the fields of
 * each — periods, coverage, values for a whole level — batch-loaded: the fields that take
 * arguments run one statement per distinct set of arguments in a request, however many
 * indicators ask.
 */
@Controller
record IndicatorController(IndicatorRepository indicators, IndicatorValueRepository values,
		BatchLoaderRegistry registry) {

	/** {@code Indicator.coverage(gemeente)} of one indicator. */
	record CoverageKey(String indicatorCode, String gemeente) {
	}

	/** {@code Indicator.values(period, level, gemeente)} of one indicator. */
	record LevelKey(String indicatorCode, String period, AreaLevel level, String gemeente, Comparisons comparisons,
			boolean boundary) {
	}

	IndicatorController {
		registry.<CoverageKey, List<IndicatorCoverage>>forName("indicatorCoverage")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
				Map<CoverageKey, List<IndicatorCoverage>> result = new HashMap<>();
				keys.stream()
					.collect(Collectors.groupingBy((k) -> Optional.ofNullable(k.gemeente())))
					.forEach((gemeente, batch) -> {
						Map<String, List<IndicatorCoverage>> byCode = indicators.findCoverage(
								batch.stream().map(CoverageKey::indicatorCode).distinct().toList(),
								gemeente.orElse(null));
						batch.forEach((key) -> result.put(key, byCode.getOrDefault(key.indicatorCode(), List.of())));
					});
				return result;
			}));
		registry.<LevelKey, List<IndicatorValue>>forName("indicatorValuesForLevel")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
				Map<LevelKey, List<IndicatorValue>> result = new HashMap<>();
				keys.stream()
					// one statement per set of arguments: the key without its indicator
					.collect(Collectors.groupingBy((k) -> new LevelKey(null, k.period(), k.level(), k.gemeente(),
							k.comparisons(), k.boundary())))
					.forEach((group, batch) -> {
						Map<String, List<IndicatorValue>> byCode = values
							.findForLevel(batch.stream().map(LevelKey::indicatorCode).distinct().toList(),
									group.period(), group.level(), group.gemeente(), group.comparisons(),
									group.boundary())
							.stream()
							.collect(Collectors.groupingBy(IndicatorValue::indicatorCode));
						batch.forEach((key) -> result.put(key, byCode.getOrDefault(key.indicatorCode(), List.of())));
					});
				return result;
			}));
	}

	@QueryMapping
	Indicator indicator(@Argument String code) {
		IndicatorArguments.requireCode("code", code);
		String canonical = this.indicators.findAliased(List.of(code)).getOrDefault(code, code);
		return this.indicators.findByCodes(List.of(canonical))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No indicator with code " + code));
	}

	@QueryMapping
	Window<Indicator> indicators(@Argument String theme, ScrollSubrange subrange) {
		KeysetPaging.Page page = KeysetPaging.page(subrange, "code");
		return page.window(this.indicators.findPage(theme, page.afterKey(), page.fetchSize()), Indicator::code);
	}

	@SchemaMapping(typeName = "IndicatorConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		return this.indicators.count(ConnectionArguments.of(env).text("theme"));
	}

	@BatchMapping(typeName = "Indicator")
	Map<Indicator, List<String>> periods(List<Indicator> indicators) {
		Map<String, List<String>> periods = this.indicators
			.findPeriods(indicators.stream().map(Indicator::code).distinct().toList());
		return indicators.stream()
			.collect(Collectors.toMap(Function.identity(), (i) -> periods.getOrDefault(i.code(), List.of()),
					(a, b) -> a));
	}

	@SchemaMapping(typeName = "Indicator")
	CompletableFuture<List<IndicatorCoverage>> coverage(Indicator indicator, @Argument String gemeente,
			DataLoader<CoverageKey, List<IndicatorCoverage>> indicatorCoverage) {
		GemeenteCode.argument(gemeente);
		return indicatorCoverage.load(new CoverageKey(indicator.code(), gemeente));
	}

	@SchemaMapping(typeName = "Indicator")
	CompletableFuture<List<IndicatorValue>> values(Indicator indicator, @Argument String period,
			@Argument AreaLevel level, @Argument String gemeente, DataFetchingEnvironment env,
			DataLoader<LevelKey, List<IndicatorValue>> indicatorValuesForLevel) {
		IndicatorArguments.requirePeriod("period", period);
		GemeenteCode.argument(gemeente);
		return indicatorValuesForLevel
			.load(new LevelKey(indicator.code(), period, (level != null) ? level : AreaLevel.BUURT, gemeente,
					Comparisons.of(env), AreaRows.boundaryAsked(env, "area/")));
	}

}
