package nl.wijkatlas.limits;

import nl.wijkatlas.graphql.ErrorCodes;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth, complexity and result-size limits as graphql-java instrumentations (Spring Boot
 * adds every {@link Instrumentation} bean to the engine). Introspection is allowed and
 * counted: its fields cost 1 each, without the list multiplier. The checks before
 * execution run once per document, operation and variables ({@link PassedOnce}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class QueryLimitsConfig {

	@Bean
	Instrumentation maxDepthInstrumentation(LimitsProperties limits) {
		return new PassedOnce(new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return abort(ErrorCodes.QUERY_TOO_DEEP, "The query is nested " + depth + " fields deep; at most "
						+ maxDepth + " is allowed (wijkatlas.limits.max-depth)");
			}
		});
	}

	@Bean
	Instrumentation maxComplexityInstrumentation(LimitsProperties limits) {
		return new PassedOnce(new MaxQueryComplexityInstrumentation(limits.maxComplexity(),
				new ListWeightedComplexity(limits.defaultListSize(), limits.maxComplexity())) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return abort(ErrorCodes.QUERY_TOO_COMPLEX,
						"The query would cost " + complexity + "; at most " + maxComplexity
								+ " is allowed (every field costs 1, multiplied by the page sizes it is in: "
								+ "ask for smaller pages or fewer fields)");
			}
		});
	}

	@Bean
	Instrumentation inputBoundsInstrumentation(LimitsProperties limits) {
		return new PassedOnce(new InputBoundsInstrumentation(limits.maxStringLength(), limits.maxListSize()));
	}

	@Bean
	Instrumentation expandedSizeInstrumentation(LimitsProperties limits) {
		return new PassedOnce(new ExpandedSizeInstrumentation(limits.maxComplexity()));
	}

	@Bean
	Instrumentation maxResultNodesInstrumentation() {
		return new Instrumentation() {
			@Override
			public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
					InstrumentationExecutionParameters parameters, InstrumentationState state) {
				ResultNodesInfo info = parameters.getGraphQLContext().get(ResultNodesInfo.RESULT_NODES_INFO);
				if (info == null || !info.isMaxResultNodesExceeded()) {
					return CompletableFuture.completedFuture(result);
				}
				Integer max = parameters.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES);
				return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
					.addError(ErrorCodes.error(ErrorCodes.TOO_MANY_RESULTS, "The answer would hold more than " + max
							+ " fields (wijkatlas.limits.max-result-nodes): ask for smaller pages or fewer fields"))
					.build());
			}
		};
	}

	/** The instrumentations above, called once per request rather than per field. */
	@Bean
	GraphQlSourceBuilderCustomizer documentLevelInstrumentation(ObjectProvider<Instrumentation> instrumentations) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl
			.instrumentation(new DocumentLevelInstrumentation(instrumentations.orderedStream().toList())));
	}

	static AbortExecutionException abort(String code, String message) {
		return new AbortExecutionException(List.of(ErrorCodes.error(code, message)));
	}

	/**
	 * Every field costs 1 plus its subtree; the subtree counts {@code first} times when
	 * the field has that argument, {@code defaultListSize} times when it returns a list
	 * without one (a connection's {@code edges} are already counted by the connection's
	 * {@code first}).
	 */
	static final class ListWeightedComplexity implements FieldComplexityCalculator {

		private static final long MAX_PAGE_SIZE = 1000;

		private final int defaultListSize;

		private final long cap;

		/**
		 * Costs are capped just above the maximum, so that sums of siblings cannot
		 * overflow into a small number.
		 */
		ListWeightedComplexity(int defaultListSize, int maxComplexity) {
			this.defaultListSize = defaultListSize;
			this.cap = maxComplexity + 1L;
		}

		@Override
		public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
			String parent = environment.getParentType().getName();
			String field = environment.getField().getName();
			if (field.startsWith("__") || parent.startsWith("__")) {
				return (int) Math.min(this.cap, 1L + childComplexity);
			}
			long multiplier = 1;
			if (environment.getArguments().get("first") instanceof Number first) {
				// Pages larger than the API serves are refused by the resolver
				// (BAD_USER_INPUT), so they cost what the largest page would.
				multiplier = Math.max(1, Math.min(MAX_PAGE_SIZE, first.longValue()));
			}
			else if (isList(environment.getFieldDefinition().getType()) && !parent.endsWith("Connection")) {
				multiplier = this.defaultListSize;
			}
			return (int) Math.min(this.cap, 1L + childComplexity * multiplier);
		}

		private static boolean isList(GraphQLOutputType type) {
			GraphQLType unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
			return unwrapped instanceof GraphQLList;
		}

	}

}
