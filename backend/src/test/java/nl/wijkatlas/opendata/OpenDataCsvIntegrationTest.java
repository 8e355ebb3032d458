package nl.wijkatlas.opendata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code GET /data/indicators/{code}.csv} against the bundled figures in the real
 * PostGIS: one row per area of the level, missing figures as empty values with status
 * MISSING (never 0), the spreadsheet variant, and clear refusals.
 */
@WijkatlasIntegrationTest
class OpenDataCsvIntegrationTest {

	static final String HEADER = "area_code,area_name,level,period,value,category,status,city_average,unit,source,"
			+ "source_url,note,reliability,derivation";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldListEveryWijkWithItsFigure() throws Exception {
		MockHttpServletResponse response = fetch("/data/indicators/AantalInwoners_5.csv?level=WIJK&period=2025");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(MediaType.parseMediaType(response.getContentType()))
			.isEqualTo(new MediaType("text", "csv", StandardCharsets.UTF_8));
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"AantalInwoners_5_wijk_2025.csv\"");
		List<String> lines = lines(response);
		assertThat(lines.get(0)).isEqualTo(HEADER);
		// Zwolle's 16 wijken and Geldrop-Mierlo's 2 (without 2025 figures here)
		assertThat(lines).hasSize(1 + 18);
		Map<String, String[]> rows = rows(lines, ",");
		Map<String, String> stored = this.jdbc
			.sql("select area_code, value::text from indicator_value where indicator_code = 'AantalInwoners_5' "
					+ "and period = '2025' and area_code like 'WK%'")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(stored).hasSize(16);
		stored.forEach((code, value) -> {
			String[] row = rows.get(code);
			assertThat(row[2]).isEqualTo("WIJK");
			assertThat(row[3]).isEqualTo("2025");
			assertThat(new BigDecimal(row[4])).isEqualByComparingTo(value);
			assertThat(row[6]).isEqualTo("PRESENT");
			assertThat(row[8]).isEqualTo("aantal");
			assertThat(row[9]).contains("CBS");
		});
		assertThat(rows.get("WK019311")[1]).isEqualTo("Wijk 11 Diezerpoort");
	}

	@Test
	void shouldShowAreasWithoutAFigureAsMissingAndNeverZero() throws Exception {
		// The Nextdoor/VU survey names one wijk (Aa-landen); the other fifteen have no
		// figure.
		List<String> lines = lines(
				fetch("/data/indicators/nextdoor_vu_rapportcijfer_buurt.csv?level=wijk&period=2023&gemeente=GM0193"));
		Map<String, String[]> rows = rows(lines, ",");

		assertThat(rows).hasSize(16);
		assertThat(rows.get("WK019331")[4]).isEqualTo("8.05");
		assertThat(rows.get("WK019331")[6]).isEqualTo("PRESENT");
		assertThat(rows.get("WK019331")[7]).as("city average: the gemeente's figure").isEqualTo("7.8");
		rows.values().stream().filter((row) -> !row[0].equals("WK019331")).forEach((row) -> {
			assertThat(row[4]).as("value of " + row[0]).isEmpty();
			assertThat(row[5]).as("category of " + row[0]).isEmpty();
			assertThat(row[6]).as("status of " + row[0]).isEqualTo("MISSING");
			assertThat(row[7]).as("city average still given for " + row[0]).isEqualTo("7.8");
		});
	}

	@Test
	void shouldListAllBuurtenByDefaultEvenWithoutAnyBuurtFigure() throws Exception {
		// There are no real buurt-level figures: every buurt reads MISSING, none reads 0.
		List<String> lines = lines(fetch("/data/indicators/AantalInwoners_5.csv"));
		Map<String, String[]> rows = rows(lines, ",");

		assertThat(rows).hasSize(78 + 15);
		assertThat(rows.values()).allSatisfy((row) -> {
			assertThat(row[2]).isEqualTo("BUURT");
			assertThat(row[4]).isEmpty();
			assertThat(row[6]).isEqualTo("MISSING");
		});
		assertThat(rows.values()).noneSatisfy((row) -> assertThat(row[4]).isEqualTo("0"));
	}

	@Test
	void shouldKeepAStoredMissingFigureMissingWithItsSource() throws Exception {
		Map<String, String[]> rows = rows(
				lines(fetch("/data/indicators/bvb_fysieke_index_ontw_2012_2018.csv?level=gebied&period=2018")), ",");

		String[] oldeneel = rows.get("GB0193_BVB_OLDENEEL");
		assertThat(oldeneel[4]).isEmpty();
		assertThat(oldeneel[6]).isEqualTo("MISSING");
		assertThat(oldeneel[9]).as("the source that reports it missing").isNotEmpty();
	}

	@Test
	void shouldDefaultToTheLatestPeriodWithFiguresForTheLevel() throws Exception {
		String latestForGemeente = latestPeriod("AantalInwoners_5", "GEMEENTE");
		String latestForWijk = latestPeriod("AantalInwoners_5", "WIJK");

		MockHttpServletResponse gemeente = fetch("/data/indicators/AantalInwoners_5.csv?level=gemeente");
		MockHttpServletResponse wijk = fetch("/data/indicators/AantalInwoners_5.csv?level=wijk");

		assertThat(rows(lines(gemeente), ",").get("GM0193")[3]).isEqualTo(latestForGemeente);
		assertThat(rows(lines(gemeente), ",").get("GM0193")[6]).isEqualTo("PRESENT");
		assertThat(rows(lines(wijk), ",").get("WK019330")[3]).isEqualTo(latestForWijk);
		assertThat(wijk.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("_wijk_" + latestForWijk + ".csv");
	}

	@Test
	void shouldOfferSemicolonsDecimalCommasAndAByteOrderMarkForExcel() throws Exception {
		MockHttpServletResponse response = fetch(
				"/data/indicators/nextdoor_vu_rapportcijfer_buurt.csv?level=wijk&period=2023&sep=;");
		byte[] body = response.getContentAsByteArray();

		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = lines(response);
		assertThat(lines.get(0)).isEqualTo("\uFEFF" + HEADER.replace(',', ';'));
		Map<String, String[]> rows = rows(lines, ";");
		assertThat(rows.get("WK019331")[4]).isEqualTo("8,05");
		assertThat(rows.get("WK019331")[7]).isEqualTo("7,8");
		assertThat(rows.get("WK019310")[4]).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown indicator   | /data/indicators/NoSuchIndicator.csv                          | 404 |
			malformed code      | /data/indicators/1-bad.csv                                    | 404 |
			unknown level       | /data/indicators/AantalInwoners_5.csv?level=DORP              | 400 | level
			malformed period    | /data/indicators/AantalInwoners_5.csv?period=25               | 400 | period
			inverted range      | /data/indicators/AantalInwoners_5.csv?period=2024-2023        | 400 | period
			period without data | /data/indicators/AantalInwoners_5.csv?level=wijk&period=1999  | 400 | period
			unknown separator   | /data/indicators/AantalInwoners_5.csv?sep=%7C                 | 400 | sep
			""")
	void shouldRefuseWithAProblemDetailNamingTheParameter(String name, String url, int status, String parameter)
			throws Exception {
		MockHttpServletResponse response = fetch(url);

		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("\"status\":" + status).contains("\"detail\"");
		if (parameter != null) {
			assertThat(body).contains("\"parameter\":\"" + parameter + "\"");
		}
		assertThat(body).doesNotContain("Exception").doesNotContain("at nl.");
	}

	@Test
	void shouldAnswerNotModifiedWhileTheDataIsUnchanged() throws Exception {
		String url = "/data/indicators/AantalInwoners_5.csv?level=wijk";
		MockHttpServletResponse first = fetch(url);
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();

		MockHttpServletResponse again = this.mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andReturn()
			.getResponse();

		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		return this.mvc.perform(get(url)).andReturn().getResponse();
	}

	private String latestPeriod(String indicator, String level) {
		return this.jdbc
			.sql("select max(v.period) from indicator_value v join area a on a.code = v.area_code "
					+ "where v.indicator_code = :indicator and a.level = :level and v.status = 'PRESENT'")
			.param("indicator", indicator)
			.param("level", level)
			.query(String.class)
			.single();
	}

	private static List<String> lines(MockHttpServletResponse response) {
		String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).as("CRLF line ends, one per row").endsWith("\r\n");
		return List.of(text.split("\r\n"));
	}

	/**
	 * The data rows by area code, split naively: fine for the fields these tests read.
	 */
	private static Map<String, String[]> rows(List<String> lines, String separator) {
		return lines.subList(1, lines.size())
			.stream()
			.map((line) -> line.split(Pattern.quote(separator), -1))
			.collect(Collectors.toMap((row) -> row[0], Function.identity()));
	}

}
