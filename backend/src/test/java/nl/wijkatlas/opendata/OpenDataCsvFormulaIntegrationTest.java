package nl.wijkatlas.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * CSV formula injection (OWASP): an indicator whose unit is {@code =1+2}, whose source is
 * called {@code =cmd|' /C calc'!A0} and whose figure's note starts with {@code @}, as a
 * hostile figures file would store them, comes out of both CSV dialects as text a
 * spreadsheet shows rather than runs, while the negative figure -3.5 stays a number.
 */
@WijkatlasIntegrationTest
class OpenDataCsvFormulaIntegrationTest {

	private static final String CODE = "csv_formula_test";

	private static final String SOURCE = "csv-formula-test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void storeHostileText() {
		removeHostileText();
		this.jdbc.sql("insert into source (id, kind, title, url) values (:id, 'DATASET', :title, :url)")
			.param("id", SOURCE)
			.param("title", "=cmd|' /C calc'!A0")
			.param("url", "-2+3+cmd|' /C calc'!A0")
			.update();
		this.jdbc.sql("""
				insert into indicator (code, label, unit, source_id, value_kind)
				values (:code, 'Formule-test', '=1+2', :source, 'NUMBER')""")
			.param("code", CODE)
			.param("source", SOURCE)
			.update();
		this.jdbc.sql("""
				insert into indicator_value (indicator_code, area_code, period, value, status, source_id, note, dataset)
				values (:code, 'WK019311', '2025', -3.5, 'PRESENT', :source, '@SUM(1+1)*cmd|'' /C calc''!A0', 'test'),
				       (:code, 'WK019330', '2025', 4, 'PRESENT', :source, '+31 38 498 9111', 'test')""")
			.param("code", CODE)
			.param("source", SOURCE)
			.update();
	}

	@AfterEach
	void removeHostileText() {
		this.jdbc.sql("delete from indicator where code = :code").param("code", CODE).update();
		this.jdbc.sql("delete from source where id = :id").param("id", SOURCE).update();
	}

	@Test
	void shouldGuardFormulaTextAndKeepNegativeFiguresNumbersInTheDefaultDialect() throws Exception {
		List<String> lines = lines("/data/indicators/" + CODE + ".csv?level=WIJK&period=2025");

		String diezerpoort = row(lines, "WK019311");
		assertThat(diezerpoort).startsWith("WK019311,Wijk 11 Diezerpoort,WIJK,2025,-3.5,")
			.contains(",'=1+2,'=cmd|' /C calc'!A0,'-2+3+cmd|' /C calc'!A0,'@SUM(1+1)*cmd|' /C calc'!A0,");
		assertThat(row(lines, "WK019330")).contains(",4,").contains(",'+31 38 498 9111,");
		assertNoCellStartsAFormula(lines, ",");
	}

	@Test
	void shouldGuardFormulaTextAndKeepNegativeFiguresNumbersInTheExcelDialect() throws Exception {
		List<String> lines = lines("/data/indicators/" + CODE + ".csv?level=WIJK&period=2025&sep=;");

		assertThat(row(lines, "WK019311")).startsWith("WK019311;Wijk 11 Diezerpoort;WIJK;2025;-3,5;")
			.contains(";'=1+2;'=cmd|' /C calc'!A0;'-2+3+cmd|' /C calc'!A0;'@SUM(1+1)*cmd|' /C calc'!A0;");
		assertNoCellStartsAFormula(lines, ";");
	}

	/** Every cell is text that cannot start a formula, or a plain number. */
	private static void assertNoCellStartsAFormula(List<String> lines, String separator) {
		for (String line : lines) {
			for (String cell : line.split(separator, -1)) {
				String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
				if (!unquoted.isEmpty() && "=+-@\t\r".indexOf(unquoted.charAt(0)) >= 0) {
					assertThat(unquoted).as("a cell of " + line).matches("-[0-9]+([.,][0-9]+)?");
				}
			}
		}
	}

	private List<String> lines(String url) throws Exception {
		byte[] body = this.mvc.perform(get(url)).andReturn().getResponse().getContentAsByteArray();
		String text = new String(body, StandardCharsets.UTF_8);
		return List.of(text.replace("\uFEFF", "").split("\r\n"));
	}

	private static String row(List<String> lines, String code) {
		return lines.stream().filter((line) -> line.startsWith(code)).findFirst().orElseThrow();
	}

}
