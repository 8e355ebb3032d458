package nl.wijkatlas.limits;

import nl.wijkatlas.graphql.ErrorCodes;
import nl.wijkatlas.http.RequestIdFilter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultNodesInfo;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.parser.ParserOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Applies the per-request limits (parser limits, result nodes, the time limit) and gives
 * every error of the answer a stable {@code extensions.code} and the request id.
 */
@Component
class GraphQlRequestLimits implements WebGraphQlInterceptor {

	/**
	 * The GraphQL context key under which the request id travels to the data fetchers.
	 */
	static final String REQUEST_ID = RequestIdFilter.ATTRIBUTE;

	private static final Logger logger = LoggerFactory.getLogger(GraphQlRequestLimits.class);

	private final LimitsProperties limits;

	private final ParserOptions parserOptions;

	GraphQlRequestLimits(LimitsProperties limits) {
		this.limits = limits;
		this.parserOptions = limits.parserOptions();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String requestId = requestId(request);
		request
			.configureExecutionInput((input,
					builder) -> builder.graphQLContext((context) -> context.put(ParserOptions.class, this.parserOptions)
						.put(ResultNodesInfo.MAX_RESULT_NODES, this.limits.maxResultNodes())
						.put(REQUEST_ID, requestId)
						.put(Deadline.KEY, System.nanoTime() + this.limits.requestTimeout().toNanos())).build());
		return chain.next(request)
			.timeout(this.limits.requestTimeout())
			.onErrorResume(TimeoutException.class, (ex) -> Mono.fromSupplier(() -> timedOut(request, requestId)))
			.map((response) -> withCodes(response, requestId));
	}

	private static String requestId(WebGraphQlRequest request) {
		Object id = request.getAttributes().get(RequestIdFilter.ATTRIBUTE);
		return (id != null) ? id.toString() : RequestIdFilter.newId();
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request, String requestId) {
		logger.warn("request {} timed out after {}", requestId, this.limits.requestTimeout());
		GraphQLError error = ErrorCodes.error(ErrorCodes.TIMEOUT, "The request took longer than "
				+ this.limits.requestTimeout().toMillis() + " ms (wijkatlas.limits.request-timeout): ask for less");
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResultImpl.newExecutionResult().addError(error).build()));
	}

	private static WebGraphQlResponse withCodes(WebGraphQlResponse response, String requestId) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.isEmpty()) {
			return response;
		}
		List<GraphQLError> coded = errors.stream().map((error) -> coded(error, requestId)).toList();
		if (coded.stream()
			.anyMatch((error) -> ErrorCodes.DATABASE_UNAVAILABLE.equals(error.getExtensions().get("code")))) {
			// The 503 of GraphQL: the body stays a GraphQL response, the header says when
			// to retry.
			response.getResponseHeaders().set("Retry-After", "5");
		}
		return response.transform((builder) -> builder.errors(coded));
	}

	static GraphQLError coded(GraphQLError error, String requestId) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.putIfAbsent("code", codeOf(error));
		extensions.put("requestId", requestId);
		// Spring's INTERNAL_ERROR and friends also arrive as "classification"; keep it.
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.extensions(extensions);
		if (error.getPath() != null) {
			builder.path(error.getPath());
		}
		if (error.getErrorType() != null) {
			builder.errorType(error.getErrorType());
		}
		return builder.build();
	}

	private static String codeOf(GraphQLError error) {
		ErrorClassification type = error.getErrorType();
		String message = String.valueOf(error.getMessage());
		if (type == ErrorType.InvalidSyntax) {
			return message.contains("To prevent Denial Of Service") ? ErrorCodes.REQUEST_TOO_LARGE
					: ErrorCodes.GRAPHQL_PARSE_FAILED;
		}
		if (type instanceof PersistedQueryNotFound) {
			return ErrorCodes.PERSISTED_QUERY_NOT_FOUND;
		}
		if (type instanceof PersistedQueryIdInvalid) {
			return ErrorCodes.PERSISTED_QUERY_HASH_MISMATCH;
		}
		if (type == ErrorType.ValidationError) {
			return message.startsWith("Variable") ? ErrorCodes.BAD_USER_INPUT : ErrorCodes.GRAPHQL_VALIDATION_FAILED;
		}
		if (type == org.springframework.graphql.execution.ErrorType.BAD_REQUEST) {
			return ErrorCodes.BAD_USER_INPUT;
		}
		if (type == org.springframework.graphql.execution.ErrorType.NOT_FOUND) {
			return "NOT_FOUND";
		}
		if (type == org.springframework.graphql.execution.ErrorType.UNAUTHORIZED) {
			return "UNAUTHENTICATED";
		}
		if (type == org.springframework.graphql.execution.ErrorType.FORBIDDEN) {
			return "FORBIDDEN";
		}
		return ErrorCodes.INTERNAL_ERROR;
	}

}
