package nl.wijkatlas.geodata.indicator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTest {

	@Test
	void shouldReadNumbersWithADecimalPoint() {
		assertThat(Values.parse("7.5", false, "rapportcijfer").value()).isEqualByComparingTo(new BigDecimal("7.5"));
		assertThat(Values.parse(" 133141 ", false, "aantal").status()).isEqualTo("PRESENT");
		assertThat(Values.parse("-3", false, "%").value()).isEqualByComparingTo("-3");
		assertThat(Values.parse("1.5E3", false, "aantal").value()).isEqualByComparingTo("1500");
	}

	@Test
	void shouldNeverTurnMissingOrSuppressedIntoZero() {
		assertThat(Values.parse("", false, "aantal")).isEqualTo(Values.Parsed.missing());
		assertThat(Values.parse(null, false, "aantal")).isEqualTo(Values.Parsed.missing());
		assertThat(Values.parse(".", false, "aantal")).isEqualTo(Values.Parsed.missing());
		assertThat(Values.parse("-99997", false, "aantal").status()).isEqualTo("SUPPRESSED");
		assertThat(Values.parse("-99997.0", false, "aantal").value()).isNull();
		assertThat(Values.parse("x", false, "aantal").status()).isEqualTo("SUPPRESSED");
		assertThat(Values.parse("geen gegevens beschikbaar", true, "categorie")).isEqualTo(Values.Parsed.missing());
	}

	@Test
	void shouldRefuseTextForANumericIndicatorAndHintAtDecimalCommas() {
		assertThat(Values.parse("7,5", false, "rapportcijfer").error())
			.isEqualTo("non-numeric value '7,5' for an indicator with unit 'rapportcijfer' (write decimals with a "
					+ "point, not a comma); only unit 'categorie' takes text");
		assertThat(Values.parse("gunstig", false, "%").error()).startsWith("non-numeric value 'gunstig'");
		assertThat(Values.parse("gunstig", true, "categorie").category()).isEqualTo("gunstig");
	}

	@Test
	void shouldAcceptYearsAndRangesOfYearsAsPeriods() {
		assertThat(Values.periodError("2024", false)).isNull();
		assertThat(Values.periodError("2023-2024", true)).isNull();
		assertThat(Values.periodError("2023-2024", false)).isEqualTo("period '2023-2024' is not a year");
		assertThat(Values.periodError("2024-2024", true)).isEqualTo("period '2024-2024' ends before it starts");
		assertThat(Values.periodError("24", true)).startsWith("period '24' is not a year or a range of years");
		assertThat(Values.periodError(null, true)).isEqualTo("the period is blank");
	}

}
