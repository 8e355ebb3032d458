package nl.wijkatlas.graphql;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.util.RawValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The library scalars as wired: {@code DateTime} written as the date-time specification
 * wants it (RFC 3339, always milliseconds, the value's own offset), {@code JSON} passing
 * the database's JSON through untouched (the same wire format as the hand-written scalar
 * it replaced).
 */
class ScalarsTest {

	private final GraphQLContext context = GraphQLContext.getDefault();

	@Test
	void shouldWriteADateTimeWithMillisecondsAndItsOffset() {
		Object written = GraphQlConfig.DATE_TIME.getCoercing()
			.serialize(OffsetDateTime.parse("2026-11-22T10:15:30.123456+01:00"), this.context, Locale.ROOT);

		assertThat(written).isEqualTo("2026-11-22T10:15:30.123+01:00");
		assertThat(GraphQlConfig.DATE_TIME.getCoercing()
			.serialize(OffsetDateTime.parse("2026-11-22T09:15:30Z"), this.context, Locale.ROOT))
			.isEqualTo("2026-11-22T09:15:30.000Z");
	}

	@Test
	void shouldRefuseADateTimeWithoutOffset() {
		assertThatThrownBy(() -> GraphQlConfig.DATE_TIME.getCoercing()
			.parseValue("2026-11-22T10:15:30", this.context, Locale.ROOT))
			.isInstanceOf(graphql.schema.CoercingParseValueException.class);
	}

	@Test
	void shouldPassJsonThroughAsItIs() {
		RawValue raw = new RawValue("{\"title\":\"x\"}");
		Map<String, Object> map = Map.of("a", 1);

		assertThat(GraphQlConfig.JSON.getCoercing().serialize(raw, this.context, Locale.ROOT)).isSameAs(raw);
		assertThat(GraphQlConfig.JSON.getCoercing().serialize(map, this.context, Locale.ROOT)).isSameAs(map);
	}

}
