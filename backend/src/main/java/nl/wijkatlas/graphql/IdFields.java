package nl.wijkatlas.graphql;

import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.credit.BudgetGoal;
import nl.wijkatlas.indicator.Indicator;
import nl.wijkatlas.story.Story;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code id} of the object types that are known by a code or slug: the same key their
 * own query takes ({@code area(code:)}, {@code story(slug:)}, {@code indicator(code:)},
 * {@code budgetGoal(code:)}), so normalising caches (Apollo InMemoryCache, urql
 * Graphcache) can key them by {@code __typename} and {@code id} as they do every other
 * type. A chapter's id is {@code <story slug>#<order>}, as in {@code Change.entityId}.
 * docs/api.md ("Ids and caching") says why these are not global ids.
 */
@Component
class IdFields implements RuntimeWiringConfigurer {

	/** The id field of each type, by type name. */
	private static final Map<String, DataFetcher<String>> IDS = Map.ofEntries(id("Area", Area.class, Area::code),
			id("Story", Story.class, Story::slug),
			id("Chapter", Story.Chapter.class, (chapter) -> chapter.storySlug() + "#" + chapter.order()),
			id("Indicator", Indicator.class, Indicator::code), id("BudgetGoal", BudgetGoal.class, BudgetGoal::code));

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		IDS.forEach((type, id) -> wiring.type(type, (fields) -> fields.dataFetcher("id", id)));
	}

	private static <T> Map.Entry<String, DataFetcher<String>> id(String type, Class<T> source,
			Function<T, String> key) {
		return Map.entry(type, (env) -> key.apply(source.cast(env.getSource())));
	}

}
