package nl.wijkatlas.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query past its deadline fetches nothing more; one within it runs as before (through
 * the instrumentation the application chains its limits with).
 */
class DeadlineTest {

	private final List<String> fetched = new ArrayList<>();

	private final GraphQL graphQl = GraphQL.newGraphQL(schema())
		.instrumentation(new DocumentLevelInstrumentation(List.of()))
		.build();

	@Test
	void aQueryPastItsDeadlineFetchesNothingMore() {
		ExecutionResult result = run(System.nanoTime() - 1_000_000);

		assertThat(this.fetched).isEmpty();
		assertThat(result.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("wijkatlas.limits.request-timeout"));
	}

	@Test
	void aQueryWithinItsDeadlineRunsAsBefore() {
		ExecutionResult result = run(System.nanoTime() + 60_000_000_000L);

		assertThat(this.fetched).containsExactly("area");
		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("area", Map.of("code", "WK019330")));
	}

	@Test
	void aQueryWithoutADeadlineRuns() {
		ExecutionResult result = this.graphQl.execute("{ area { code } }");

		assertThat(this.fetched).containsExactly("area");
		assertThat(result.getErrors()).isEmpty();
	}

	private ExecutionResult run(long deadline) {
		return this.graphQl.execute(ExecutionInput.newExecutionInput("{ area { code } }")
			.graphQLContext(Map.of(Deadline.KEY, deadline))
			.build());
	}

	private GraphQLSchema schema() {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", (type) -> type.dataFetcher("area", (environment) -> {
				this.fetched.add("area");
				return Map.of("code", "WK019330");
			}))
			.build();
		return new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { area: Area } type Area { code: String }"), wiring);
	}

}
