package nl.wijkatlas.limits;

import nl.wijkatlas.graphql.ErrorCodes;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Counts the fields of a document with every fragment spread expanded where it is used,
 * and refuses it (QUERY_TOO_COMPLEX) when that passes the complexity limit.
 * graphql-java's complexity analysis undercounts fragments spread in several places,
 * which is exactly what a fragment flood (each fragment spreading the next twice)
 * exploits; this count stops at the limit, so the flood costs nothing to refuse.
 */
class ExpandedSizeInstrumentation extends SimplePerformantInstrumentation {

	private final int max;

	ExpandedSizeInstrumentation(int max) {
		this.max = max;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		long size = count(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName(), 0, 0);
		if (size > this.max) {
			throw QueryLimitsConfig.abort(ErrorCodes.QUERY_TOO_COMPLEX, "The query expands to more than " + this.max
					+ " fields once its fragments are filled in (wijkatlas.limits.max-complexity)");
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private long count(SelectionSet selectionSet, Map<String, FragmentDefinition> fragments, long sofar, int depth) {
		if (selectionSet == null || depth > 100) {
			return sofar;
		}
		long total = sofar;
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (total > this.max) {
				return total;
			}
			if (selection instanceof Field field) {
				total = count(field.getSelectionSet(), fragments, total + 1, depth + 1);
			}
			else if (selection instanceof InlineFragment inline) {
				total = count(inline.getSelectionSet(), fragments, total, depth + 1);
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition fragment = fragments.get(spread.getName());
				if (fragment != null) {
					total = count(fragment.getSelectionSet(), fragments, total, depth + 1);
				}
			}
		}
		return total;
	}

}
