package nl.wijkatlas.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/**
 * The stable {@code extensions.code} values of GraphQL errors that are not a mutation's
 * payload errors, and helpers to build errors that carry one.
 */
public final class ErrorCodes {

	/** The document nests fields deeper than {@code wijkatlas.limits.max-depth}. */
	public static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";

	/** The document costs more than {@code wijkatlas.limits.max-complexity}. */
	public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

	/**
	 * The response would hold more than {@code wijkatlas.limits.max-result-nodes} fields.
	 */
	public static final String TOO_MANY_RESULTS = "TOO_MANY_RESULTS";

	/** The body or the document is larger than the parser or body limits allow. */
	public static final String REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";

	/** The request took longer than {@code wijkatlas.limits.request-timeout}. */
	public static final String TIMEOUT = "TIMEOUT";

	/** The document is not GraphQL. */
	public static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";

	/** The document does not fit the schema. */
	public static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";

	/** An argument or variable the API cannot accept. */
	public static final String BAD_USER_INPUT = "BAD_USER_INPUT";

	/** The database cannot be reached right now: retry later (HTTP 503 semantics). */
	public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

	/** A write from a browser on another site. */
	public static final String FORBIDDEN_ORIGIN = "FORBIDDEN_ORIGIN";

	/**
	 * An automatic persisted query whose hash the server does not know: send the query
	 * with the hash to register it (Apollo's {@code PERSISTED_QUERY_NOT_FOUND}).
	 */
	public static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

	/**
	 * A persisted query's {@code sha256Hash} is not the SHA-256 of the query sent with
	 * it.
	 */
	public static final String PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";

	/** Anything unexpected; the log has the details under the request id. */
	public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

	private ErrorCodes() {
	}

	public static GraphQLError error(String code, String message) {
		return GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ErrorClassification.errorClassification(code))
			.extensions(Map.of("code", code))
			.build();
	}

	/**
	 * An error with extensions besides the code (e.g. the {@code argument} concerned).
	 */
	public static GraphQLError error(String code, String message, Map<String, Object> extensions) {
		Map<String, Object> all = new LinkedHashMap<>(extensions);
		all.put("code", code);
		return GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ErrorClassification.errorClassification(code))
			.extensions(all)
			.build();
	}

	/** The error as a plain JSON-ready map, for answers given before GraphQL runs. */
	public static Map<String, Object> body(String code, String message, String requestId) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", code);
		extensions.put("requestId", requestId);
		return Map.of("errors", List.of(Map.of("message", message, "extensions", extensions)));
	}

}
