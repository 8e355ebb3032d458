package nl.wijkatlas.limits;

import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Depth and complexity limits see through fragments: a fragment flood costs what it
 * expands to.
 */
class FragmentLimitsTest {

	private final LimitsProperties limits = new LimitsProperties(null, null, null, null, null, null, null, null, null,
			null, null, null, null, null);

	@Test
	void shouldCountFragmentsWhenMeasuringDepthAndComplexity() {
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser()
					.parse("type Query { areas(first: Int): [Area] } type Area { code: String children: [Area] }"),
				RuntimeWiring.newRuntimeWiring().build());
		QueryLimitsConfig config = new QueryLimitsConfig();
		List<Instrumentation> instrumentations = List.of(config.maxDepthInstrumentation(this.limits),
				config.maxComplexityInstrumentation(this.limits), config.expandedSizeInstrumentation(this.limits));
		GraphQL graphQl = GraphQL.newGraphQL(schema)
			.instrumentation(new ChainedInstrumentation(instrumentations))
			.build();
		ExecutionResult result = graphQl
			.execute(LimitsIntegrationTest.fragmentFlood("{ areas(first: 1000) { ...f0 } }"));
		assertThat(result.getErrors()).as(result.toString()).isNotEmpty();
		assertThat(result.getErrors().get(0).getExtensions().get("code")).isIn("QUERY_TOO_COMPLEX", "QUERY_TOO_DEEP");
	}

}
