package nl.wijkatlas.graphql;

import nl.wijkatlas.area.Area;
import nl.wijkatlas.credit.BudgetGoal;
import nl.wijkatlas.indicator.Indicator;
import nl.wijkatlas.story.Story;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code id} of the object types that are known by a code or slug: the same key their
 * own query takes ({@code area(code:)}, {@code story(slug:)}, {@code indicator(code:)},
 * {@code budgetGoal(code:)}), so normalising caches (Apollo InMemoryCache, urql
 * Graphcache) can key them by {@code __typename} and {@code id} as they do every other
 * type. A chapter's id is {@code <story slug>#<order>}, as in {@code Change.entityId}.
 * docs/api.md ("Ids and caching") says why these are not global ids.
 */
@Controller
class IdController {

	@SchemaMapping(typeName = "Area", field = "id")
	String areaId(Area area) {
		return area.code();
	}

	@SchemaMapping(typeName = "Story", field = "id")
	String storyId(Story story) {
		return story.slug();
	}

	@SchemaMapping(typeName = "Chapter", field = "id")
	String chapterId(Story.Chapter chapter) {
		return chapter.storySlug() + "#" + chapter.order();
	}

	@SchemaMapping(typeName = "Indicator", field = "id")
	String indicatorId(Indicator indicator) {
		return indicator.code();
	}

	@SchemaMapping(typeName = "BudgetGoal", field = "id")
	String budgetGoalId(BudgetGoal goal) {
		return goal.code();
	}

}
