package nl.wijkatlas.caching;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ResultNodesInfo;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response cache's bound: answers are weighed by their result nodes and the cache
 * never holds more than {@code max-nodes} in all, so what does not fit is computed again.
 * No database: the data version stands still and the chain answers with a given number of
 * result nodes.
 */
class GraphQlResponseCacheTest {

	private static final long MAX_NODES = 10;

	private final GraphQlResponseCache cache = new GraphQlResponseCache(new DataVersion(null, null) {
		@Override
		public long current() {
			return 1;
		}
	}, new ResponseCacheProperties(true, MAX_NODES, 200_000));

	@Test
	void shouldKeepAnswersWhileTheirNodesFitTheBound() {
		assertThat(outcomes(4, "A", "B", "A", "B")).containsExactly("miss", "miss", "hit", "hit");
	}

	@Test
	void shouldNotHoldMoreNodesThanTheBound() {
		List<String> outcomes = outcomes(6, "A", "B", "A", "B");

		assertThat(outcomes.subList(0, 2)).containsExactly("miss", "miss");
		// 6 + 6 nodes exceed 10: one of the two answers went, so at most one comes from
		// the cache.
		assertThat(outcomes.subList(2, 4)).contains("miss");
	}

	@Test
	void shouldNeverServeAnAnswerHeavierThanTheWholeCache() {
		assertThat(outcomes((int) MAX_NODES + 1, "A", "A")).containsExactly("miss", "miss");
	}

	/**
	 * Sends each query in turn, each answer weighing {@code nodes}; the cache's verdicts.
	 */
	private List<String> outcomes(int nodes, String... queries) {
		List<String> outcomes = new ArrayList<>();
		for (String query : queries) {
			WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
					new LinkedMultiValueMap<>(), Map.of(), Map.of("query", "{ " + query + " }"), "1", Locale.ROOT);
			WebGraphQlResponse response = this.cache.intercept(request, (next) -> Mono.just(answer(next, nodes)))
				.block();
			outcomes.add(response.getResponseHeaders().getFirst(GraphQlResponseCache.HEADER));
		}
		return outcomes;
	}

	/** What executing a query with {@code nodes} result nodes leaves behind. */
	private static WebGraphQlResponse answer(WebGraphQlRequest request, int nodes) {
		ExecutionInput input = request.toExecutionInput();
		ResultNodesInfo info = new ResultNodesInfo();
		for (int i = 0; i < nodes; i++) {
			info.incrementAndGetResultNodesCount();
		}
		input.getGraphQLContext().put(GraphQlResponseCache.QUERY_OPERATION, Boolean.TRUE);
		input.getGraphQLContext().put(ResultNodesInfo.RESULT_NODES_INFO, info);
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.data(Map.of("query", request.getDocument()))
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result));
	}

}
