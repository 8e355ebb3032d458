package nl.wijkatlas.limits;

import nl.wijkatlas.graphql.ErrorCodes;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.Scalars;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;

/**
 * The one place where every argument and input field of every request is bounded, before
 * anything runs: no string with a NUL character (PostgreSQL cannot store one), no string
 * longer than its field's {@code @length} (else 200 for an ID, else
 * {@code wijkatlas.limits.max-string-length}), no list longer than its {@code @size}
 * (else {@code wijkatlas.limits.max-list-size}); the directives are declared in
 * {@code graphql/limits.graphqls} and written beside the fields. A violation refuses the
 * whole request with {@code BAD_USER_INPUT} naming the field (e.g.
 * {@code input.doelen.3.title}), without a stack trace in the log. JSON scalars (GeoJSON
 * locations) are the location check's concern.
 */
final class InputBoundsInstrumentation extends SimplePerformantInstrumentation {

	/** Ids are codes and slugs: far shorter than this. */
	static final int MAX_ID_LENGTH = 200;

	private final int maxStringLength;

	private final int maxListSize;

	InputBoundsInstrumentation(int maxStringLength, int maxListSize) {
		this.maxStringLength = maxStringLength;
		this.maxListSize = maxListSize;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getExecutionInput().getOperationName())
			.coercedVariables(context.getCoercedVariables())
			.build()
			.visitPreOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment env) {
					for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
						check(env.getArguments().get(argument.getName()), argument.getType(), argument,
								argument.getName());
					}
				}
			});
		return null;
	}

	/**
	 * @param bounds the argument or input field whose directives bound the value
	 */
	private void check(Object value, GraphQLInputType type, GraphQLDirectiveContainer bounds, String path) {
		if (value == null) {
			return;
		}
		GraphQLType unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
		if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
			int max = bound(bounds, "size", this.maxListSize);
			if (items.size() > max) {
				throw refuse(path, "a list of " + items.size() + " items; at most " + max + " are allowed");
			}
			for (int i = 0; i < items.size(); i++) {
				check(items.get(i), (GraphQLInputType) list.getWrappedType(), bounds, path + "." + i);
			}
		}
		else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				check(fields.get(field.getName()), field.getType(), field, path + "." + field.getName());
			}
		}
		else if (unwrapped instanceof GraphQLScalarType scalar && value instanceof String text) {
			if (text.indexOf('\u0000') >= 0) {
				throw refuse(path, "contains a NUL character");
			}
			int max = bound(bounds, "length",
					scalar.getName().equals(Scalars.GraphQLID.getName()) ? MAX_ID_LENGTH : this.maxStringLength);
			if (text.length() > max) {
				throw refuse(path, text.length() + " characters; at most " + max + " are allowed");
			}
		}
	}

	private static int bound(GraphQLDirectiveContainer bounds, String directive, int otherwise) {
		GraphQLAppliedDirective applied = bounds.getAppliedDirective(directive);
		return (applied != null) ? applied.getArgument("max").<Number>getValue().intValue() : otherwise;
	}

	private static AbortExecutionException refuse(String path, String message) {
		return new AbortExecutionException(
				List.of(ErrorCodes.error(ErrorCodes.BAD_USER_INPUT, path + ": " + message, Map.of("argument", path))));
	}

}
