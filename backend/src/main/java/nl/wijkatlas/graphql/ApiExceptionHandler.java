package nl.wijkatlas.graphql;

import java.sql.SQLException;
import java.util.Map;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Turns failures into GraphQL errors with a stable {@code extensions.code} and never a
 * stack trace, SQL or class name: expected ones (bad input, not found) with their
 * message, database trouble as DATABASE_UNAVAILABLE (retry later: the 503 of GraphQL) or
 * TIMEOUT, a value the database cannot store (SQL class 22: the last line of defence
 * behind validation) as BAD_USER_INPUT, anything else as INTERNAL_ERROR. The details go
 * to the log under the request id that the client also gets
 * ({@code extensions.requestId}, added for every error by
 * {@code nl.wijkatlas.limits.GraphQlRequestLimits}).
 */
@ControllerAdvice
class ApiExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final String REQUEST_ID = "wijkatlas.requestId";

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment env) {
		return badUserInput(env, ex.getArgument(), ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, "NOT_FOUND", ex.getMessage());
	}

	@GraphQlExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			CannotCreateTransactionException.class })
	GraphQLError databaseUnavailable(Exception ex, DataFetchingEnvironment env) {
		String id = requestId(env);
		logger.warn("request {}: database unavailable at {}: {}", id, env.getExecutionStepInfo().getPath(),
				ex.toString());
		return error(env, ErrorType.INTERNAL_ERROR, "DATABASE_UNAVAILABLE",
				"The database is not available right now; please try again in a moment");
	}

	@GraphQlExceptionHandler
	GraphQLError queryTimeout(QueryTimeoutException ex, DataFetchingEnvironment env) {
		logger.warn("request {}: statement timeout at {}: {}", requestId(env), env.getExecutionStepInfo().getPath(),
				ex.getMostSpecificCause().getMessage());
		return error(env, ErrorType.INTERNAL_ERROR, "TIMEOUT",
				"The database took too long to answer (statement timeout): ask for less");
	}

	@GraphQlExceptionHandler({ DataAccessException.class, SQLException.class })
	GraphQLError databaseError(Exception ex, DataFetchingEnvironment env) {
		String id = requestId(env);
		if (isConnectionFailure(ex)) {
			return databaseUnavailable(ex, env);
		}
		SQLException data = dataException(ex);
		if (data != null) {
			// The client's value, not our fault: one line, no stack trace (a flood of bad
			// requests must not flood the log). Validation should have caught it first.
			logger.warn("request {}: refused a value the database cannot store at {}: {} {}", id,
					env.getExecutionStepInfo().getPath(), data.getSQLState(), firstLine(data.getMessage()));
			return badUserInput(env, env.getField().getName(),
					env.getField().getName() + ": a value is outside what can be stored (a number too large, "
							+ "an impossible date or a character that text cannot hold); nothing was written");
		}
		logger.error("request {}: database error at {}", id, env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "INTERNAL_ERROR",
				"Something went wrong on our side (request " + id + ")");
	}

	/**
	 * The SQL error of class 22 ("data exception": numeric overflow, an impossible date,
	 * a NUL byte in text, a value too long) behind the failure, if that is what it is.
	 */
	static SQLException dataException(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return sql;
			}
		}
		return null;
	}

	private static String firstLine(String message) {
		String line = (message != null) ? message.lines().findFirst().orElse("") : "";
		return (line.length() > 200) ? line.substring(0, 200) + "…" : line;
	}

	private static boolean isConnectionFailure(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof java.sql.SQLTransientConnectionException
					|| t instanceof java.sql.SQLNonTransientConnectionException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	private static GraphQLError badUserInput(DataFetchingEnvironment env, String argument, String message) {
		return error(env, ErrorType.BAD_REQUEST, message, Map.of("code", "BAD_USER_INPUT", "argument", argument));
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String code, String message) {
		return error(env, type, message, Map.of("code", code));
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message,
			Map<String, Object> extensions) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.extensions(extensions)
			.build();
	}

	private static String requestId(DataFetchingEnvironment env) {
		Object id = env.getGraphQlContext().get(REQUEST_ID);
		return (id != null) ? id.toString() : "unknown";
	}

}
