package nl.wijkatlas.credit;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.wijkatlas.area.Area;
import nl.wijkatlas.area.AreaScoped;
import nl.wijkatlas.graphql.Batches;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * How amounts relate: a part and its whole, the wijk where city-wide money is piloted,
 * the totals a kredieten table states, and the totals the API computes (parts left out,
 * so nothing is counted twice).
 */
@Controller
record CreditPartsController(CreditRepository credits, BudgetGoalRepository goals, BatchLoaderRegistry registry) {

	CreditPartsController {
		AreaScoped.<Void, Credit>register(registry, "areaPilotCredits",
				(codes, within, filter) -> credits.findByAreas(codes, within, "PILOT"));
	}

	@SchemaMapping(typeName = "Credit")
	CompletableFuture<Credit> partOf(Credit credit, DataLoader<String, Credit> creditById) {
		return Batches.loadIfAny(creditById, credit.partOfId());
	}

	@BatchMapping(typeName = "Credit")
	Map<Credit, List<Credit>> parts(List<Credit> batch) {
		return Batches.perParent(batch, Credit::id, this.credits::findParts);
	}

	@SchemaMapping(typeName = "Credit")
	CompletableFuture<List<Area>> pilotAreas(Credit credit, DataLoader<String, Area> areaByCode) {
		return areaByCode.loadMany(credit.pilotAreaCodes());
	}

	@SchemaMapping(typeName = "Area", field = "pilotCredits")
	CompletableFuture<List<Credit>> pilotCredits(Area area, @Argument Boolean within,
			DataLoader<AreaScoped.Key<Void>, List<Credit>> areaPilotCredits) {
		return areaPilotCredits.load(new AreaScoped.Key<>(area.code(), Boolean.TRUE.equals(within), null));
	}

	@SchemaMapping(typeName = "Area", field = "creditAmountTotal")
	CompletableFuture<Double> areaCreditAmountTotal(Area area, @Argument Boolean within,
			DataLoader<AreaScoped.Key<Void>, List<Credit>> areaCredits) {
		return areaCredits.load(new AreaScoped.Key<>(area.code(), Boolean.TRUE.equals(within), null))
			.thenApply(MoneyTotals::amountWithoutParts);
	}

	@BatchMapping(typeName = "BudgetGoal")
	Map<BudgetGoal, Double> creditAmountTotal(List<BudgetGoal> batch) {
		Map<String, List<Credit>> byGoal = this.credits
			.findByBudgetGoals(batch.stream().map(BudgetGoal::code).toList());
		Map<BudgetGoal, Double> result = new HashMap<>();
		for (BudgetGoal goal : batch) {
			Double total = MoneyTotals.amountWithoutParts(byGoal.getOrDefault(goal.code(), List.of()));
			// Left out rather than null: a goal whose credits give no amount answers
			// null.
			if (total != null) {
				result.put(goal, total);
			}
		}
		return result;
	}

	@BatchMapping(typeName = "BudgetGoal")
	Map<BudgetGoal, List<StatedTotalView>> statedTotals(List<BudgetGoal> batch) {
		return Batches.perParent(batch, BudgetGoal::code, this::statedTotalViews, (v) -> v.total().budgetGoalCode());
	}

	private List<StatedTotalView> statedTotalViews(List<String> codes) {
		List<BudgetGoal.StatedTotal> totals = this.goals.findStatedTotals(codes);
		Set<String> lineIds = new LinkedHashSet<>();
		totals.forEach((t) -> lineIds.addAll(t.creditIds()));
		Map<String, Credit> lines = this.credits.findByKeys(lineIds)
			.stream()
			.collect(Collectors.toMap(Credit::id, Function.identity()));
		Map<String, List<Credit.Forecast>> forecasts = this.credits.findForecasts(lineIds)
			.stream()
			.collect(Collectors.groupingBy(Credit.Forecast::creditId));
		return totals.stream().map((t) -> {
			List<Credit> rowLines = t.creditIds().stream().map(lines::get).filter(Objects::nonNull).toList();
			return new StatedTotalView(t, rowLines, MoneyTotals.matchesLines(t, rowLines, forecasts));
		}).toList();
	}

	@SchemaMapping(typeName = "CreditTableTotal")
	CreditController.RealisedToDate realisedToDate(StatedTotalView view) {
		BudgetGoal.StatedTotal total = view.total();
		return (total.realisedToDate() != null)
				? new CreditController.RealisedToDate(total.realisedYear(), total.realisedToDate()) : null;
	}

	/** A stated totals row with the lines it adds up and whether they do. */
	record StatedTotalView(BudgetGoal.StatedTotal total, List<Credit> credits, boolean matchesLines) {

		public String label() {
			return this.total.label();
		}

		public String scope() {
			return this.total.scope();
		}

		public Double amount() {
			return this.total.amount();
		}

		public Double remaining() {
			return this.total.remaining();
		}

		public List<Credit.Forecast> forecasts() {
			return this.total.forecasts();
		}

		public String sourceLocator() {
			return this.total.sourceLocator();
		}

	}

}
