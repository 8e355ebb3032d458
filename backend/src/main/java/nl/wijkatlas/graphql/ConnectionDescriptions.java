package nl.wijkatlas.graphql;

import java.util.Map;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import static graphql.util.TreeTransformerUtil.changeNode;

/**
 * Descriptions for the types Spring GraphQL synthesises for cursor connections
 * ({@code XConnection}, {@code XEdge}, {@code PageInfo}, from
 * {@code ConnectionTypeDefinitionConfigurer}): they come without any, and SDL cannot
 * describe a type it does not declare. A schema transformation gives each type and each
 * of its fields that has none a description (fields the SDL describes, such as
 * {@code totalCount}, keep theirs).
 */
final class ConnectionDescriptions extends GraphQLTypeVisitorStub {

	private static final Map<String, String> PAGE_INFO = Map.of("hasPreviousPage",
			"Whether there are items before this page (when paging backwards).", "hasNextPage",
			"Whether there are items after this page: ask for them with after: endCursor.", "startCursor",
			"The cursor of the first item of this page; null when the page is empty.", "endCursor",
			"The cursor of the last item of this page: pass it as after for the next page; null when the page is empty.");

	@Override
	public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
			TraverserContext<GraphQLSchemaElement> context) {
		String name = type.getName();
		if (name.equals("PageInfo")) {
			return changeNode(context,
					describe(type, "Where a page lies in the whole list (Relay cursor connections).", PAGE_INFO::get));
		}
		if (name.endsWith("Connection") && type.getFieldDefinition("edges") != null) {
			String item = name.substring(0, name.length() - "Connection".length());
			return changeNode(context,
					describe(type,
							"A page of " + item + " items, as a Relay cursor connection: edges, pageInfo "
									+ "(pass its endCursor as after for the next page) and totalCount.",
							(field) -> switch (field) {
								case "edges" -> "The " + item + " items of this page, in order, each with its cursor.";
								case "pageInfo" -> "Whether there are more pages, and the cursors to ask for them.";
								default -> null;
							}));
		}
		if (name.endsWith("Edge") && type.getFieldDefinition("node") != null
				&& type.getFieldDefinition("cursor") != null) {
			String item = name.substring(0, name.length() - "Edge".length());
			return changeNode(context,
					describe(type, "One " + item + " in a page, with its cursor.", (field) -> switch (field) {
						case "node" -> "The " + item + ".";
						case "cursor" -> "An opaque cursor: pass it as after to continue after this " + item
								+ ". It names no database detail and is refused when tampered with.";
						default -> null;
					}));
		}
		return TraversalControl.CONTINUE;
	}

	private static GraphQLObjectType describe(GraphQLObjectType type, String description,
			java.util.function.Function<String, String> fieldDescription) {
		return type.transform((builder) -> {
			if (type.getDescription() == null) {
				builder.description(description);
			}
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				String text = fieldDescription.apply(field.getName());
				if (field.getDescription() == null && text != null) {
					builder.field(field.transform((f) -> f.description(text)));
				}
			}
		});
	}

}
