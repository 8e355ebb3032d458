package nl.wijkatlas.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;

/**
 * What a field's selection asks, read from the query's document: for statements that read
 * only what is asked (a figure's comparisons, an area's boundary, a record beyond its
 * key). graphql-java's {@code DataFetchingFieldSelectionSet} answers the same from the
 * normalized operation, which it builds for the whole query on first use — in a profile 7
 * % of the server's time, to learn that {@code indicator { code }} asks only a code.
 * <p>
 * Conservative: fragments and inline fragments are followed whatever their type
 * condition, and {@code @skip}/{@code @include} are not evaluated, so a field that might
 * be asked counts as asked. That can only read more than needed, never less.
 */
public final class Selections {

	private Selections() {
	}

	/**
	 * Whether the field's selection may ask a field at one of the paths
	 * ({@code "cityAverage"}, {@code "area/centroid"}: field names, not aliases,
	 * separated by {@code /}).
	 */
	public static boolean asks(DataFetchingEnvironment env, String... paths) {
		for (String path : paths) {
			String[] names = path.split("/");
			for (Field field : env.getMergedField().getFields()) {
				if (asks(field.getSelectionSet(), names, 0, env.getFragmentsByName())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether the field's selection asks nothing but the named field (and
	 * {@code __typename}).
	 */
	public static boolean asksOnly(DataFetchingEnvironment env, String name) {
		Predicate<Field> other = (asked) -> !asked.getName().equals(name) && !asked.getName().equals("__typename");
		for (Field field : env.getMergedField().getFields()) {
			if (anyField(field.getSelectionSet(), other, env.getFragmentsByName())) {
				return false;
			}
		}
		return true;
	}

	private static boolean asks(SelectionSet selectionSet, String[] names, int depth,
			Map<String, FragmentDefinition> fragments) {
		return anyField(selectionSet,
				(field) -> field.getName().equals(names[depth])
						&& ((depth == names.length - 1) || asks(field.getSelectionSet(), names, depth + 1, fragments)),
				fragments);
	}

	/** Whether any field of the selection set, fragments followed, matches. */
	private static boolean anyField(SelectionSet selectionSet, Predicate<Field> matches,
			Map<String, FragmentDefinition> fragments) {
		if (selectionSet == null) {
			return false;
		}
		for (Selection<?> selection : selectionSet.getSelections()) {
			boolean found;
			if (selection instanceof Field field) {
				found = matches.test(field);
			}
			else if (selection instanceof InlineFragment inline) {
				found = anyField(inline.getSelectionSet(), matches, fragments);
			}
			else if (selection instanceof FragmentSpread spread) {
				found = anyField(selectionSetOf(spread, fragments), matches, fragments);
			}
			else {
				found = true;
			}
			if (found) {
				return true;
			}
		}
		return false;
	}

	private static SelectionSet selectionSetOf(FragmentSpread spread, Map<String, FragmentDefinition> fragments) {
		FragmentDefinition fragment = fragments.get(spread.getName());
		return (fragment != null) ? fragment.getSelectionSet() : new SelectionSet(List.of());
	}

}
