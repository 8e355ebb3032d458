package nl.wijkatlas.opendata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.wijkatlas.problem.RequestRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How CSV fields and numbers are written, per dialect.
 */
class OpenDataCsvDialectTest {

	@Test
	void shouldQuoteFieldsThatHoldTheSeparatorAQuoteOrALineBreak() {
		CsvDialect csv = CsvDialect.RFC_4180;

		assertThat(csv.field("Wijk 30 Holtenbroek")).isEqualTo("Wijk 30 Holtenbroek");
		assertThat(csv.field("Aa-landen, Noord")).isEqualTo("\"Aa-landen, Noord\"");
		assertThat(csv.field("het \"Stinspark\"")).isEqualTo("\"het \"\"Stinspark\"\"\"");
		assertThat(csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(csv.field(null)).isEmpty();
		assertThat(CsvDialect.EXCEL_NL.field("a, b")).isEqualTo("a, b");
		assertThat(CsvDialect.EXCEL_NL.field("a; b")).isEqualTo("\"a; b\"");
	}

	@Test
	void shouldGuardTextCellsThatASpreadsheetWouldReadAsAFormulaInBothDialects() {
		for (CsvDialect csv : CsvDialect.values()) {
			assertThat(csv.field("=1+2")).isEqualTo("'=1+2");
			assertThat(csv.field("+31 38 498 9111")).isEqualTo("'+31 38 498 9111");
			assertThat(csv.field("-1+2")).isEqualTo("'-1+2");
			assertThat(csv.field("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
			assertThat(csv.field("\tx")).isEqualTo("'\tx");
			assertThat(csv.field("\rx")).isEqualTo("\"'\rx\"");
			assertThat(csv.field("a=b")).isEqualTo("a=b");
			assertThat(csv.field(csv.number(new BigDecimal("-7.5")))).startsWith("-7");
			assertThat(csv.field("-3")).isEqualTo("-3");
		}
		byte[] written = CsvDialect.RFC_4180.write(List.of(List.of("=cmd|' /C calc'!A0", "-0.5")));
		assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("'=cmd|' /C calc'!A0,-0.5\r\n");
		byte[] excel = CsvDialect.EXCEL_NL.write(List.of(List.of("=cmd|' /C calc'!A0", "-0,5")));
		assertThat(new String(excel, StandardCharsets.UTF_8)).isEqualTo("\uFEFF'=cmd|' /C calc'!A0;-0,5\r\n");
	}

	@Test
	void shouldWriteNumbersPlainWithTheDialectsDecimalMarkAndNothingForNull() {
		assertThat(CsvDialect.RFC_4180.number(new BigDecimal("8.050"))).isEqualTo("8.05");
		assertThat(CsvDialect.RFC_4180.number(new BigDecimal("133141"))).isEqualTo("133141");
		assertThat(CsvDialect.RFC_4180.number(new BigDecimal("1.2E+5"))).isEqualTo("120000");
		assertThat(CsvDialect.RFC_4180.number(new BigDecimal("0.00"))).isEqualTo("0");
		assertThat(CsvDialect.EXCEL_NL.number(new BigDecimal("-7.5"))).isEqualTo("-7,5");
		assertThat(CsvDialect.RFC_4180.number(null)).isEmpty();
	}

	@Test
	void shouldEndRowsWithCrLfAndMarkOnlyTheExcelVariantAsUtf8() {
		byte[] plain = CsvDialect.RFC_4180.write(List.of(List.of("a", "b"), List.of("Ætsveld", "")));
		byte[] excel = CsvDialect.EXCEL_NL.write(List.of(List.of("a", "b")));

		assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("a,b\r\nÆtsveld,\r\n");
		assertThat(new String(excel, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa;b\r\n");
	}

	@Test
	void shouldAcceptOnlyCommaOrSemicolon() {
		assertThat(CsvDialect.forSeparator(null)).isEqualTo(CsvDialect.RFC_4180);
		assertThat(CsvDialect.forSeparator(",")).isEqualTo(CsvDialect.RFC_4180);
		assertThat(CsvDialect.forSeparator(";")).isEqualTo(CsvDialect.EXCEL_NL);
		assertThatThrownBy(() -> CsvDialect.forSeparator("\t")).isInstanceOf(RequestRefused.class)
			.hasMessageStartingWith("sep:");
	}

}
