package nl.wijkatlas.indicator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.area.GemeenteCode;
import nl.wijkatlas.graphql.InvalidInputException;
import nl.wijkatlas.graphql.NotFoundException;
import org.dataloader.DataLoader;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Controller;

/**
 * The indicators: a cursor connection filterable by theme, one by code, and the fields of
 * each — periods, values for a whole level — batch-loaded.
 */
@Controller
class IndicatorController {

	static final int DEFAULT_PAGE_SIZE = 100;

	static final int MAX_PAGE_SIZE = 1000;

	private final IndicatorRepository indicators;

	private final CursorStrategy<ScrollPosition> cursors;

	IndicatorController(IndicatorRepository indicators, CursorStrategy<ScrollPosition> cursors) {
		this.indicators = indicators;
		this.cursors = cursors;
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
	Window<Indicator> indicators(@Argument String theme, @Argument Integer first, @Argument String after) {
		int pageSize = (first != null) ? first : DEFAULT_PAGE_SIZE;
		if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
			throw new InvalidInputException("first", "must be between 0 and " + MAX_PAGE_SIZE + ", was " + first);
		}
		String afterCode = (after != null) ? codeOf(after) : null;
		List<Indicator> rows = this.indicators.findPage(theme, afterCode, pageSize + 1);
		boolean hasNext = rows.size() > pageSize;
		List<Indicator> page = hasNext ? rows.subList(0, pageSize) : rows;
		return Window.from(page, (i) -> ScrollPosition.forward(Map.of("code", page.get(i).code())), hasNext);
	}

	@SchemaMapping(typeName = "IndicatorConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		return this.indicators.count((String) env.getExecutionStepInfo().getParent().getArguments().get("theme"));
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
			DataFetchingEnvironment env) {
		GemeenteCode.argument(gemeente);
		DataLoader<IndicatorValueLoaders.CoverageKey, List<IndicatorCoverage>> loader = env
			.getDataLoader(IndicatorValueLoaders.COVERAGE);
		return loader.load(new IndicatorValueLoaders.CoverageKey(indicator.code(), gemeente));
	}

	@SchemaMapping(typeName = "Indicator")
	CompletableFuture<List<IndicatorValue>> values(Indicator indicator, @Argument String period,
			@Argument AreaLevel level, @Argument String gemeente, DataFetchingEnvironment env) {
		IndicatorArguments.requirePeriod("period", period);
		GemeenteCode.argument(gemeente);
		DataLoader<IndicatorValueLoaders.LevelKey, List<IndicatorValue>> loader = env
			.getDataLoader(IndicatorValueLoaders.CHOROPLETH);
		return loader.load(new IndicatorValueLoaders.LevelKey(indicator.code(), period,
				(level != null) ? level : AreaLevel.BUURT, gemeente, Comparisons.of(env.getSelectionSet())));
	}

	private String codeOf(String cursor) {
		try {
			if (this.cursors.fromCursor(cursor) instanceof KeysetScrollPosition keyset
					&& keyset.getKeys().get("code") instanceof String code) {
				return code;
			}
		}
		catch (RuntimeException ex) {
			// fall through: any undecodable cursor is the client's mistake
		}
		// The cursor is not echoed: it is the client's own text, of any length.
		throw new InvalidInputException("after", "not a cursor of this connection");
	}

}
