package nl.wijkatlas.caching;

import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionResult;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Keeps the answers to anonymous read queries until the data changes. Everything the API
 * reads changes only through an import or a mutation, and both bump the data version (the
 * one the ETags use, held in memory through LISTEN/NOTIFY), so an answer is valid exactly
 * as long as the version it was computed under. Residents opening the same wijk and the
 * same choropleth then cost a lookup instead of several statements.
 * <p>
 * Not kept: mutations, answers with errors, requests with credentials (a wijkmanager's
 * token), answers larger than {@code max-nodes-per-answer}. A request with
 * {@code Cache-Control: no-cache} is computed afresh (and its answer kept). The response
 * header {@code X-Wijkatlas-Cache} says {@code hit}, {@code miss} or {@code bypass}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class GraphQlResponseCache implements WebGraphQlInterceptor {

	static final String HEADER = "X-Wijkatlas-Cache";

	static final String QUERY_OPERATION = GraphQlResponseCache.class.getName() + ".query";

	private final DataVersion dataVersion;

	private final ResponseCacheProperties properties;

	/**
	 * The answers, weighed by their result nodes (a profile outweighs a list of names),
	 * at most {@code max-nodes} in all; Caffeine evicts the least useful first.
	 * Maintenance runs on the calling thread, so the bound holds as soon as an answer is
	 * stored.
	 */
	private final Cache<Key, Entry> entries;

	private long version = Long.MIN_VALUE;

	GraphQlResponseCache(DataVersion dataVersion, ResponseCacheProperties properties) {
		this.dataVersion = dataVersion;
		this.properties = properties;
		this.entries = Caffeine.newBuilder()
			.maximumWeight(properties.maxNodes())
			.weigher((Key key, Entry entry) -> (int) Math.min(Integer.MAX_VALUE, entry.nodes()))
			.executor(Runnable::run)
			.build();
	}

	/**
	 * Marks a request whose operation is a query, the only kind whose answer may be kept.
	 */
	public static SimplePerformantInstrumentation queryMarker() {
		return new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				var context = parameters.getExecutionContext();
				if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY) {
					context.getGraphQLContext().put(QUERY_OPERATION, Boolean.TRUE);
				}
				return super.beginExecuteOperation(parameters, state);
			}
		};
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!this.properties.enabled() || request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
			return chain.next(request).map((response) -> marked(response, "bypass"));
		}
		Long current = currentVersion();
		if (current == null) {
			return chain.next(request).map((response) -> marked(response, "bypass"));
		}
		Key key = new Key(current, request.getDocument(), request.getOperationName(), request.getVariables(),
				request.getExtensions(), request.getUri().toUriString());
		boolean fresh = String.valueOf(request.getHeaders().getCacheControl()).contains("no-cache");
		ExecutionResult cached = fresh ? null : lookup(key);
		if (cached != null) {
			return Mono.just(marked(
					new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), cached)),
					"hit"));
		}
		return chain.next(request).map((response) -> {
			keep(key, response);
			return marked(response, fresh ? "bypass" : "miss");
		});
	}

	/**
	 * The data version, or null while the database cannot say (the query then runs, and
	 * answers DATABASE_UNAVAILABLE as any other would).
	 */
	private Long currentVersion() {
		try {
			return this.dataVersion.current();
		}
		catch (DataAccessException ex) {
			return null;
		}
	}

	private void keep(Key key, WebGraphQlResponse response) {
		var context = response.getExecutionInput().getGraphQLContext();
		ExecutionResult result = response.getExecutionResult();
		boolean extended = result.getExtensions() != null && !result.getExtensions().isEmpty();
		if (!Boolean.TRUE.equals(context.get(QUERY_OPERATION)) || !result.getErrors().isEmpty()
				|| !result.isDataPresent() || extended) {
			return;
		}
		ResultNodesInfo info = context.get(ResultNodesInfo.RESULT_NODES_INFO);
		long size = (info != null) ? Math.max(1, info.getResultNodesCount()) : 1;
		if (size > this.properties.maxNodesPerAnswer()) {
			return;
		}
		store(key, new Entry(result, size));
	}

	private ExecutionResult lookup(Key key) {
		dropOlderThan(key.version());
		Entry entry = this.entries.getIfPresent(key);
		return (entry != null) ? entry.result() : null;
	}

	private void store(Key key, Entry entry) {
		// An answer computed under an older version than the newest seen is not kept.
		if (dropOlderThan(key.version())) {
			this.entries.put(key, entry);
		}
	}

	/**
	 * Answers computed under an older data version are never served again: a newer
	 * version empties the cache. (The version is part of every key too, so an answer
	 * stored under an old version by a slow request can never be found.)
	 * @return whether {@code current} is the newest version seen
	 */
	private synchronized boolean dropOlderThan(long current) {
		if (current > this.version) {
			this.entries.invalidateAll();
			this.version = current;
		}
		return current == this.version;
	}

	private static WebGraphQlResponse marked(WebGraphQlResponse response, String outcome) {
		response.getResponseHeaders().set(HEADER, outcome);
		return response;
	}

	/**
	 * Everything an answer depends on besides the data: the request as sent, and where.
	 */
	private record Key(long version, String document, String operationName, Map<String, Object> variables,
			Map<String, Object> extensions, String uri) {

		Key {
			Objects.requireNonNull(document);
		}

	}

	private record Entry(ExecutionResult result, long nodes) {
	}

}
