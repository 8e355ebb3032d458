package nl.wijkatlas.credit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.area.AreaReferences;
import nl.wijkatlas.area.AreaScoped;
import nl.wijkatlas.graphql.ConnectionArguments;
import nl.wijkatlas.graphql.KeysetPaging;
import nl.wijkatlas.graphql.NotFoundException;
import nl.wijkatlas.source.Source;
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

@Controller
class CreditController {

	private final CreditRepository credits;

	private final AreaReferences areas;

	/**
	 * Registers the kredieten by id, for every type that points at one
	 * ({@code DataLoader<String, Credit>}), and the kredieten serving an area.
	 */
	CreditController(CreditRepository credits, AreaReferences areas, BatchLoaderRegistry registry) {
		this.credits = credits;
		this.areas = areas;
		AreaScoped.<Void, Credit>register(registry, "areaCredits",
				(codes, within, filter) -> credits.findByAreas(codes, within, "SERVES"));
		registry.forTypePair(String.class, Credit.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(
					() -> credits.findByIds(ids).stream().collect(Collectors.toMap(Credit::id, Function.identity()))));
	}

	@QueryMapping
	Window<Credit> credits(@Argument String area, @Argument Boolean within, @Argument String budgetGoal,
			ScrollSubrange subrange) {
		String areaCode = (area != null) ? this.areas.requireExisting("area", area) : null;
		KeysetPaging.Page page = KeysetPaging.page(subrange, "id");
		return page.window(this.credits.findPage(areaCode, !Boolean.FALSE.equals(within), budgetGoal, page.afterKey(),
				page.fetchSize()), Credit::id);
	}

	@SchemaMapping(typeName = "CreditConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.credits.count(args.text("area"), args.flag("within", true), args.text("budgetGoal"));
	}

	@QueryMapping
	Credit credit(@Argument String id) {
		return this.credits.findByIds(List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No credit with id " + id));
	}

	@SchemaMapping(typeName = "Area", field = "credits")
	CompletableFuture<List<Credit>> areaCredits(Area area, @Argument Boolean within,
			DataLoader<AreaScoped.Key<Void>, List<Credit>> areaCredits) {
		return areaCredits.load(new AreaScoped.Key<>(area.code(), Boolean.TRUE.equals(within), null));
	}

	@SchemaMapping(typeName = "Credit")
	CompletableFuture<List<Area>> areas(Credit credit, DataLoader<String, Area> areaByCode) {
		return areaByCode.loadMany(credit.areaCodes());
	}

	@SchemaMapping(typeName = "Credit")
	CompletableFuture<BudgetGoal> budgetGoal(Credit credit, DataLoader<String, BudgetGoal> budgetGoalByCode) {
		return (credit.budgetGoalCode() != null) ? budgetGoalByCode.load(credit.budgetGoalCode())
				: CompletableFuture.completedFuture(null);
	}

	@SchemaMapping(typeName = "Credit")
	RealisedToDate realisedToDate(Credit credit) {
		return (credit.realisedToDate() != null) ? new RealisedToDate(credit.realisedYear(), credit.realisedToDate())
				: null;
	}

	@BatchMapping(typeName = "Credit")
	Map<Credit, List<Credit.Forecast>> forecasts(List<Credit> batch) {
		Map<String, List<Credit.Forecast>> byCredit = this.credits
			.findForecasts(batch.stream().map(Credit::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Credit.Forecast::creditId));
		return batch.stream()
			.collect(Collectors.toMap(Function.identity(), (c) -> byCredit.getOrDefault(c.id(), List.of()),
					(a, b) -> a));
	}

	@SchemaMapping(typeName = "Credit")
	CompletableFuture<Source> source(Credit credit, DataLoader<String, Source> sourceById) {
		return sourceById.load(credit.sourceId());
	}

	record RealisedToDate(Integer year, double amount) {
	}

}
