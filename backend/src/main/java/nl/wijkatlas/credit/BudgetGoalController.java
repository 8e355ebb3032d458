package nl.wijkatlas.credit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import nl.wijkatlas.graphql.Batches;
import nl.wijkatlas.graphql.KeysetTable;
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
record BudgetGoalController(BudgetGoalRepository goals, CreditRepository credits, BatchLoaderRegistry registry) {

	/**
	 * Registers the begrotingsdoelen by code, for every type that points at one
	 * ({@code DataLoader<String, BudgetGoal>}).
	 */
	BudgetGoalController {
		Batches.registerByKey(registry, BudgetGoal.class, goals::findByKeys, BudgetGoal::code);
	}

	@QueryMapping
	Window<BudgetGoal> budgetGoals(ScrollSubrange subrange) {
		return this.goals.findPage(KeysetTable.ALL, subrange);
	}

	@SchemaMapping(typeName = "BudgetGoalConnection", field = "totalCount")
	int totalCount() {
		return this.goals.count(KeysetTable.ALL);
	}

	@QueryMapping
	BudgetGoal budgetGoal(@Argument String code) {
		return this.goals.findByKey(BudgetGoalRepository.requireCode("code", code))
			.orElseThrow(() -> new NotFoundException("No budget goal with code " + code));
	}

	@BatchMapping(typeName = "BudgetGoal")
	Map<BudgetGoal, List<BudgetGoal.Year>> years(List<BudgetGoal> batch) {
		return Batches.perParent(batch, BudgetGoal::code, this.goals::findYears, BudgetGoal.Year::budgetGoalCode);
	}

	@BatchMapping(typeName = "BudgetGoal")
	Map<BudgetGoal, List<Credit>> credits(List<BudgetGoal> batch) {
		return Batches.perParent(batch, BudgetGoal::code, this.credits::findByBudgetGoals);
	}

	@SchemaMapping(typeName = "BudgetGoal")
	CompletableFuture<Source> source(BudgetGoal goal, DataLoader<String, Source> sourceById) {
		return sourceById.load(goal.sourceId());
	}

}
