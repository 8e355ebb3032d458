package nl.wijkatlas.credit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.area.AreaReferences;
import nl.wijkatlas.area.AreaScoped;
import nl.wijkatlas.graphql.Batches;
import nl.wijkatlas.graphql.ConnectionArguments;
import nl.wijkatlas.graphql.NotFoundException;
import nl.wijkatlas.source.Source;
import org.dataloader.DataLoader;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
record CreditController(CreditRepository credits, AreaReferences areas, BatchLoaderRegistry registry) {

	/**
	 * Registers the kredieten by id, for every type that points at one
	 * ({@code DataLoader<String, Credit>}), and the kredieten serving an area.
	 */
	CreditController {
		Batches.registerByKey(registry, Credit.class, credits::findByKeys, Credit::id);
		AreaScoped.<Void, Credit>register(registry, "areaCredits",
				(codes, within, filter) -> credits.findByAreas(codes, within, "SERVES"));
	}

	@QueryMapping
	Window<Credit> credits(@Argument String area, @Argument Boolean within, @Argument String budgetGoal,
			ScrollSubrange subrange) {
		String areaCode = (area != null) ? this.areas.requireExisting("area", area) : null;
		return this.credits.findPage(new CreditRepository.Filter(areaCode, !Boolean.FALSE.equals(within), budgetGoal),
				subrange);
	}

	@SchemaMapping(typeName = "CreditConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.credits
			.count(new CreditRepository.Filter(args.text("area"), args.flag("within", true), args.text("budgetGoal")));
	}

	@QueryMapping
	Credit credit(@Argument String id) {
		return this.credits.findByKey(id).orElseThrow(() -> new NotFoundException("No credit with id " + id));
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
		return Batches.loadIfAny(budgetGoalByCode, credit.budgetGoalCode());
	}

	@SchemaMapping(typeName = "Credit")
	RealisedToDate realisedToDate(Credit credit) {
		return (credit.realisedToDate() != null) ? new RealisedToDate(credit.realisedYear(), credit.realisedToDate())
				: null;
	}

	@BatchMapping(typeName = "Credit")
	Map<Credit, List<Credit.Forecast>> forecasts(List<Credit> batch) {
		return Batches.perParent(batch, Credit::id, this.credits::findForecasts, Credit.Forecast::creditId);
	}

	@SchemaMapping(typeName = "Credit")
	CompletableFuture<Source> source(Credit credit, DataLoader<String, Source> sourceById) {
		return sourceById.load(credit.sourceId());
	}

	record RealisedToDate(Integer year, double amount) {
	}

}
