package nl.wijkatlas.credit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.wijkatlas.graphql.InvalidInputException;
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
class BudgetGoalController {

	private static final Pattern CODE = Pattern.compile("^[0-9]{1,4}(\\.[0-9]{1,4}){0,5}$");

	private final BudgetGoalRepository goals;

	private final CreditRepository credits;

	/**
	 * Registers the begrotingsdoelen by code, for every type that points at one
	 * ({@code DataLoader<String, BudgetGoal>}).
	 */
	BudgetGoalController(BudgetGoalRepository goals, CreditRepository credits, BatchLoaderRegistry registry) {
		this.goals = goals;
		this.credits = credits;
		registry.forTypePair(String.class, BudgetGoal.class)
			.registerMappedBatchLoader((codes,
					env) -> Mono.fromCallable(() -> goals.findByCodes(codes)
						.stream()
						.collect(Collectors.toMap(BudgetGoal::code, Function.identity()))));
	}

	@QueryMapping
	Window<BudgetGoal> budgetGoals(ScrollSubrange subrange) {
		KeysetPaging.Page page = KeysetPaging.page(subrange, "code");
		if (page.afterKey() != null) {
			requireCode("after", page.afterKey());
		}
		return page.window(this.goals.findPage(page.afterKey(), page.fetchSize()), BudgetGoal::code);
	}

	@SchemaMapping(typeName = "BudgetGoalConnection", field = "totalCount")
	int totalCount() {
		return this.goals.count();
	}

	@QueryMapping
	BudgetGoal budgetGoal(@Argument String code) {
		requireCode("code", code);
		return this.goals.findByCodes(List.of(code))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No budget goal with code " + code));
	}

	@BatchMapping(typeName = "BudgetGoal")
	Map<BudgetGoal, List<BudgetGoal.Year>> years(List<BudgetGoal> batch) {
		Map<String, List<BudgetGoal.Year>> byGoal = this.goals.findYears(batch.stream().map(BudgetGoal::code).toList())
			.stream()
			.collect(Collectors.groupingBy(BudgetGoal.Year::budgetGoalCode));
		return batch.stream()
			.collect(Collectors.toMap(Function.identity(), (g) -> byGoal.getOrDefault(g.code(), List.of()),
					(a, b) -> a));
	}

	@BatchMapping(typeName = "BudgetGoal")
	Map<BudgetGoal, List<Credit>> credits(List<BudgetGoal> batch) {
		Map<String, List<Credit>> byGoal = this.credits
			.findByBudgetGoals(batch.stream().map(BudgetGoal::code).toList());
		return batch.stream()
			.collect(Collectors.toMap(Function.identity(), (g) -> byGoal.getOrDefault(g.code(), List.of()),
					(a, b) -> a));
	}

	@SchemaMapping(typeName = "BudgetGoal")
	CompletableFuture<Source> source(BudgetGoal goal, DataLoader<String, Source> sourceById) {
		return sourceById.load(goal.sourceId());
	}

	private static void requireCode(String argument, String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new InvalidInputException(argument,
					"'" + code + "' is not a begrotingsdoel code; expected a code such as 7.1.1");
		}
	}

}
