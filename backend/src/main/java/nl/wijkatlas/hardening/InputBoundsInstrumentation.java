package nl.wijkatlas.hardening;

import java.util.List;
import java.util.Map;

import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.ExecutionResult;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;

/**
 * Bounds on every argument of every field, before anything runs: no string with a NUL
 * character (PostgreSQL cannot store one), none longer than
 * {@code wijkatlas.limits.max-string-length}, no list longer than
 * {@code wijkatlas.limits.max-list-size}. A violation refuses the whole request with
 * {@code BAD_USER_INPUT} naming the argument (e.g. {@code input.doelen}), without a stack
 * trace in the log. JSON scalars (GeoJSON locations) are the location check's concern.
 */
final class InputBoundsInstrumentation extends SimplePerformantInstrumentation {

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
					if (env.getFieldDefinition().getArguments().isEmpty()) {
						return;
					}
					for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
						check(env.getArguments().get(argument.getName()), argument.getType(), argument.getName());
					}
				}
			});
		return null;
	}

	private void check(Object value, GraphQLInputType type, String path) {
		if (value == null) {
			return;
		}
		GraphQLType unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
		if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
			if (items.size() > this.maxListSize) {
				throw refuse(path, "a list of " + items.size() + " items; at most " + this.maxListSize
						+ " are allowed (wijkatlas.limits.max-list-size)");
			}
			for (Object item : items) {
				check(item, (GraphQLInputType) list.getWrappedType(), path);
			}
		}
		else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				check(fields.get(field.getName()), field.getType(), path + "." + field.getName());
			}
		}
		else if (unwrapped instanceof GraphQLScalarType && value instanceof String text) {
			if (text.indexOf('\u0000') >= 0) {
				throw refuse(path, "contains a NUL character");
			}
			if (text.length() > this.maxStringLength) {
				throw refuse(path, text.length() + " characters; at most " + this.maxStringLength
						+ " are allowed (wijkatlas.limits.max-string-length)");
			}
		}
	}

	private static AbortExecutionException refuse(String path, String message) {
		return new AbortExecutionException(
				List.of(ErrorCodes.error(ErrorCodes.BAD_USER_INPUT, path + ": " + message, Map.of("argument", path))));
	}

}
