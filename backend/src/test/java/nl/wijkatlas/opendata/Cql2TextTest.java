package nl.wijkatlas.opendata;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.wijkatlas.problem.RequestRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The CQL2 text compiler on its own: literals become bind parameters and never part of
 * the SQL text, property names come only from the queryables, and AND binds tighter than
 * OR.
 */
class Cql2TextTest {

	@Test
	void shouldBindEveryLiteralAndNeverWriteItIntoTheSql() {
		AttributeFilter filter = Cql2Text.compile("name = 'x'' OR ''1''=''1' AND boundary_year >= 2024");

		assertThat(filter.sql())
			.isEqualTo("((a.name = cast(:f0 as text)) and (b.boundary_year >= cast(:f1 as numeric)))")
			.doesNotContain("x'", "2024");
		assertThat(filter.parameters()).containsEntry("f0", "x' OR '1'='1").containsEntry("f1", new BigDecimal("2024"));
	}

	@Test
	void shouldGiveAndPrecedenceOverOrAndHonourNotAndParentheses() {
		assertThat(Cql2Text.compile("level = 'WIJK' or level = 'BUURT' and provisional = TRUE").sql())
			.isEqualTo("((a.level = cast(:f0 as text)) or ((a.level = cast(:f1 as text)) and (a.provisional = true)))");
		assertThat(Cql2Text.compile("NOT (level = 'WIJK' OR parent_code IS NOT NULL)").sql())
			.isEqualTo("(not (((a.level = cast(:f0 as text)) or (a.parent_code is not null))))");
	}

	@Test
	void shouldTakePropertyNamesOnlyFromTheQueryables() {
		assertThatExceptionOfType(RequestRefused.class)
			.isThrownBy(() -> Cql2Text.compile("\"a.code = a.code or true; --\" = 'x'"))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("filter"))
			.withMessageContaining("unknown property 'a.code = a.code or true; --' at character 1");
		assertThatExceptionOfType(RequestRefused.class).isThrownBy(() -> Cql2Text.compile("value > 5"))
			.withMessageContaining("unknown property 'value'");
	}

	@Test
	void shouldRefuseNestingBeyondTheLimit() {
		String deep = "(".repeat(100) + "level = 'WIJK'" + ")".repeat(100);

		assertThatExceptionOfType(RequestRefused.class).isThrownBy(() -> Cql2Text.compile(deep))
			.withMessageContaining("nests deeper than");
	}

}
