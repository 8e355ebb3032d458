package nl.wijkatlas.limits;

import graphql.GraphQLContext;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * Stops a query that is past {@code wijkatlas.limits.request-timeout}: no field is
 * fetched after the deadline. The controller methods run on the query's own thread
 * (GraphQlConfig), so once the timeout has answered the client with {@code TIMEOUT} that
 * thread would otherwise go on with every remaining level of the query; now it ends with
 * the statement it is in (which PostgreSQL's {@code statement_timeout} bounds). The one
 * per-field check, made by {@link DocumentLevelInstrumentation}; trivial fetchers
 * (properties of a record already read, and {@code Batches.byKey}, which only queues a
 * key with a loader) are left alone.
 */
final class Deadline {

	/**
	 * The deadline, {@link System#nanoTime()} based, in the request's GraphQL context.
	 */
	static final String KEY = Deadline.class.getName();

	private Deadline() {
	}

	static DataFetcher<?> checked(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters) {
		if (parameters.isTrivialDataFetcher() || !isPast(parameters.getExecutionContext().getGraphQLContext())) {
			return dataFetcher;
		}
		return (environment) -> {
			throw new AbortExecutionException("The request is past its time limit (wijkatlas.limits.request-timeout)");
		};
	}

	private static boolean isPast(GraphQLContext context) {
		Long deadline = context.get(KEY);
		return deadline != null && System.nanoTime() - deadline > 0;
	}

}
