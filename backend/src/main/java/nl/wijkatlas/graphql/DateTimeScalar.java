package nl.wijkatlas.graphql;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * {@code DateTime}: ISO 8601 with offset.
 */
final class DateTimeScalar {

	static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("ISO 8601 date and time with offset")
		.coercing(new Coercing<OffsetDateTime, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof OffsetDateTime time) {
					return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
				}
				throw new CoercingSerializeException("Not a date-time: " + value.getClass().getSimpleName());
			}

			@Override
			public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
				return parse(String.valueOf(input), CoercingParseValueException::new);
			}

			@Override
			public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue text) {
					return parse(text.getValue(), CoercingParseLiteralException::new);
				}
				throw new CoercingParseLiteralException("Expected an ISO 8601 string");
			}

		})
		.build();

	private DateTimeScalar() {
	}

	private static OffsetDateTime parse(String text, java.util.function.Function<String, RuntimeException> error) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw error.apply("'" + text + "' is not an ISO 8601 date-time with offset");
		}
	}

}
