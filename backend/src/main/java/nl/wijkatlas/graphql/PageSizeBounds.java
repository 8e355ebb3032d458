package nl.wijkatlas.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.TrivialDataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Checks {@code first} of every connection field ({@code XConnection} with a
 * {@code first} argument) before its controller runs, so every connection has the same
 * bounds ({@link KeysetPaging#requirePageSize}). It cannot wait for the controller:
 * Spring's {@code ScrollSubrange} takes a negative count for no count at all, which would
 * quietly answer a default page where the API refuses the request.
 */
final class PageSizeBounds extends GraphQLTypeVisitorStub {

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (field.getArgument("first") != null
				&& GraphQLTypeUtil.unwrapAll(field.getType()).getName().endsWith("Connection")
				&& context.getParentNode() instanceof GraphQLFieldsContainer parent) {
			GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
			FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
			DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
			if (fetcher instanceof TrivialDataFetcher) {
				// A connection read off its parent object, not fetched: nothing asks for
				// it.
				return TraversalControl.CONTINUE;
			}
			registry.dataFetcher(coordinates, (DataFetcher<Object>) (env) -> {
				KeysetPaging.requirePageSize(env.getArgument("first"));
				return fetcher.get(env);
			});
		}
		return TraversalControl.CONTINUE;
	}

}
