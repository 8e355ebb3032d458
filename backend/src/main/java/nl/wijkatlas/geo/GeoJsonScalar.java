package nl.wijkatlas.geo;

import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import tools.jackson.databind.util.RawValue;

/**
 * The {@code GeoJSON} scalar: a GeoJSON geometry object in WGS84. Output is the GeoJSON
 * text that PostGIS wrote, passed through as raw JSON; input is accepted as a JSON object
 * in variables.
 */
public final class GeoJsonScalar {

	public static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("GeoJSON")
		.description("A GeoJSON geometry object (RFC 7946) in WGS84 longitude/latitude")
		.coercing(new GeoJsonCoercing())
		.build();

	private GeoJsonScalar() {
	}

	private static final class GeoJsonCoercing implements Coercing<Object, Object> {

		@Override
		public Object serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof RawValue || value instanceof Map) {
				return value;
			}
			throw new CoercingSerializeException("Not a GeoJSON value: " + value.getClass().getSimpleName());
		}

		@Override
		public Object parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof Map<?, ?> map && map.get("type") instanceof String) {
				return map;
			}
			throw new CoercingParseValueException("Expected a GeoJSON geometry object with a \"type\" member");
		}

		@Override
		public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			throw new CoercingParseLiteralException("Pass GeoJSON input as a variable, not as an inline literal");
		}

	}

}
