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
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class CreditController {

	/** The name of the {@code DataLoader<String, Credit>} that loads kredieten by id. */
	static final String CREDIT_BY_ID = "creditById";

	private final CreditRepository credits;

	private final AreaReferences areas;

	private final KeysetPaging paging;

	CreditController(CreditRepository credits, AreaReferences areas, KeysetPaging paging,
			BatchLoaderRegistry registry) {
		this.credits = credits;
		this.areas = areas;
		this.paging = paging;
		AreaScoped.<Void, Credit>register(registry, "areaCredits",
				(codes, within, filter) -> credits.findByAreas(codes, within, "SERVES"));
		registry.<String, Credit>forName(CREDIT_BY_ID)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(
					() -> credits.findByIds(ids).stream().collect(Collectors.toMap(Credit::id, Function.identity()))));
	}

	@QueryMapping
	Window<Credit> credits(@Argument String area, @Argument Boolean within, @Argument String budgetGoal,
			@Argument Integer first, @Argument String after) {
		String areaCode = (area != null) ? this.areas.requireExisting("area", area) : null;
		KeysetPaging.Request page = this.paging.request(first, after, "id");
		return this.paging.window(this.credits.findPage(areaCode, !Boolean.FALSE.equals(within), budgetGoal,
				page.afterKey(), page.fetchSize()), page, Credit::id, "id");
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
