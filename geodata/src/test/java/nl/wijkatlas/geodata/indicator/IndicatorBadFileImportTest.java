package nl.wijkatlas.geodata.indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problem;
import nl.wijkatlas.geodata.area.BundledAreas;
import nl.wijkatlas.geodata.gebied.BundledGebieden;
import nl.wijkatlas.geodata.gebied.GebiedTables;
import nl.wijkatlas.geodata.support.Refusals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of bad file is refused with its file and line, and leaves every table exactly
 * as it was.
 */
class IndicatorBadFileImportTest {

	private static final String BUNDLED_HEADER = "area_code,area_name,indicator_code,indicator_label,year,value,unit,source\n";

	private static final String SOURCE = "https://example.org/cijfers";

	private static DataSource dataSource;

	@BeforeAll
	static void importZwolleWithItsFigures() {
		dataSource = FigureTestData.areasAndGebieden();
		BundledIndicators.importInto(dataSource);
	}

	@Test
	void shouldRejectAnUnknownAreaCode() {
		assertRefused(csv("figures.csv",
				BUNDLED_HEADER + "WK019311,Diezerpoort,AantalInwoners_5,Inwoners,2025,10930," + "aantal," + SOURCE
						+ "\nWK019399,Nergens,AantalInwoners_5,Inwoners,2025,5,aantal," + SOURCE + "\n"),
				"figures.csv: line 3: unknown area code 'WK019399'");
	}

	@Test
	void shouldRejectAnUnknownIndicatorInTheLongLayout() {
		assertRefused(
				csv("long.csv",
						"area_code,indicator_code,period,value,source\nWK019311,AantalInwoners_5,2019," + "10000,"
								+ SOURCE + "\nWK019311,geluk_index,2019,8," + SOURCE + "\n"),
				"long.csv: line 3: unknown indicator geluk_index");
	}

	@Test
	void shouldRejectDuplicateRowsAcrossFiles() {
		String row = "WK019311,Diezerpoort,AantalInwoners_5,Inwoners,2019,10000,aantal," + SOURCE + "\n";
		assertRefused(List.of(csv("a.csv", BUNDLED_HEADER + row), csv("b.csv", BUNDLED_HEADER + "\n" + row)),
				"b.csv: line 3: duplicate figure: AantalInwoners_5 for WK019311 in 2019 is also at a.csv line 2");
	}

	@Test
	void shouldRejectNonNumericValuesUnlessTheUnitIsCategorie() {
		assertRefused(csv("values.csv",
				BUNDLED_HEADER + "GM0193,Zwolle,bvb_rapportcijfer_stad,Rapportcijfer,2019,\"7,9\",rapportcijfer 1-10,"
						+ SOURCE + "\n" + "GM0193,Zwolle,bvb_veiligheid_tov_zwolle,Veiligheid,2019,gunstig,categorie,"
						+ SOURCE + "\n"),
				"values.csv: line 2: non-numeric value '7,9' for an indicator with unit 'rapportcijfer 1-10' (write "
						+ "decimals with a point, not a comma)");
	}

	@Test
	void shouldRejectAFileThatIsNotUtf8() {
		byte[] latin1 = (BUNDLED_HEADER + "GM0193,Zwolle,AantalInwoners_5,Inwoners,2019,1,aantal,"
				+ "Gemeente Zwolle, monitor \u00e9\u00e9n\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertRefused(new InputFile("latin1.csv", latin1),
				"latin1.csv: line 2: wrong encoding: byte 0xE9 (column 80) is not UTF-8");
	}

	/** Files with one problem each: the case, the file's name and text, the problem. */
	static Stream<Arguments> filesWithOneProblem() {
		return Stream.of(
				Arguments.of("a wrong header", "header.csv",
						"area_code,indicator,jaar,waarde\nGM0193,AantalInwoners_5,2019,1\n",
						"header.csv: line 1: wrong header: missing columns indicator_code, period, value; unknown "
								+ "columns indicator, jaar, waarde"),
				Arguments.of("a header of no layout", "columns.csv", "foo,bar\n1,2\n",
						"columns.csv: line 1: wrong header: foo,bar is not a layout"),
				Arguments.of("an empty file", "empty.csv", "", "empty.csv: file is empty"),
				Arguments.of("a header without rows", "header-only.csv", BUNDLED_HEADER,
						"header-only.csv: the file has a header but no figures"),
				Arguments.of("an alias of an unknown indicator", "aliases.csv",
						"alias_code,indicator_code\ninwoners_totaal,Inwoners_999\n",
						"aliases.csv: line 2: alias inwoners_totaal stands for indicator Inwoners_999, which neither "
								+ "this import nor the database holds"),
				Arguments.of("an alias of an alias", "chain.csv",
						"alias_code,indicator_code\ninwoners_totaal,aantalInwoners\n",
						"aliases: alias inwoners_totaal stands for aantalInwoners, which is an alias itself"),
				Arguments.of("an alias declared as an indicator", "definitions.csv",
						"indicator_code,theme\naantalInwoners,bevolking\n",
						"definitions.csv: line 2: indicator aantalInwoners is an alias of AantalInwoners_5: declare "
								+ "that one"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filesWithOneProblem")
	void shouldRejectAFileWithOneProblem(String name, String file, String text, String problem) {
		assertRefused(csv(file, text), problem);
	}

	@Test
	void shouldRejectMalformedPeriodsAndRowsOfTheWrongWidth() {
		assertRefused(
				csv("periods.csv",
						"area_code,indicator_code,period,value,source\n" + "GM0193,AantalInwoners_5,2024-2023,1,"
								+ SOURCE + "\nGM0193,AantalInwoners_5,2019,1\n"),
				"periods.csv: line 2: period '2024-2023' ends before it starts",
				"periods.csv: line 3: has 4 fields, the header has 5");
	}

	@Test
	void shouldRejectAStatLineTableWithAnUnknownAreaAndWithoutAPeriod() {
		InputFile json = new InputFile("86165NED.json",
				"""
						{"odata.metadata": "https://opendata.cbs.nl/ODataApi/OData/86165NED/$metadata#Cbs.OData.WebAPI.TypedDataSet",
						 "value": [
						  {"ID": 1, "WijkenEnBuurten": "WK019311  ", "AantalInwoners_5": 10930},
						  {"ID": 2, "WijkenEnBuurten": "WK099911  ", "AantalInwoners_5": 5}
						 ]}
						"""
					.getBytes(StandardCharsets.UTF_8));
		ImportException refused = refused(List.of(json), IndicatorImportOptions.defaults());
		assertThat(refused.problems()).extracting(Problem::toString)
			.contains("86165NED.json: a StatLine TypedDataSet does not say its period; give it (e.g. 2025)")
			.anySatisfy((p) -> assertThat(p).startsWith("86165NED.json: line 4: unknown area code 'WK099911'"));
	}

	@Test
	void shouldReportEveryProblemTogether() {
		ImportException refused = refused(
				List.of(csv("many.csv",
						BUNDLED_HEADER + "XX1,X,AantalInwoners_5,Inwoners,19,abc,aantal," + SOURCE + "\n")),
				IndicatorImportOptions.defaults());
		assertThat(refused.problems()).extracting(Problem::toString)
			.contains("many.csv: line 2: period '19' is not a year")
			.anySatisfy((p) -> assertThat(p).startsWith("many.csv: line 2: unknown area code 'XX1'"))
			.anySatisfy((p) -> assertThat(p).startsWith("many.csv: line 2: non-numeric value 'abc'"));
	}

	@Test
	void shouldRejectAReliabilityRuleThatNamesNoFigure() {
		assertRefused(
				List.of(csv("figures.csv",
						BUNDLED_HEADER + "WK019311,Diezerpoort,AantalInwoners_5,Inwoners,2019,10000,aantal," + SOURCE
								+ "\n"),
						csv("reliability.csv",
								"dataset,area_code,period,reliability,note\nfigures.csv,WK019312,2019,FEW_RESPONDENTS,"
										+ "weinig respondenten\nfigures.csv,WK019311,2019,UNSURE,twijfel\n")),
				"reliability.csv: line 2: no figure of figures.csv for WK019312 in 2019 in this import",
				"reliability.csv: line 3: reliability is 'UNSURE'; expected FEW_RESPONDENTS");
	}

	@Test
	void shouldRejectDerivationRulesThatCannotWork() {
		assertRefused(
				csv("aggregation.csv",
						"indicator_code,aggregation,weight_indicator\nAantalInwoners_5,AVERAGE,\n"
								+ "Koopwoningen_47,WEIGHTED_MEAN,\nbvb_veiligheid_tov_zwolle,SUM,\n"
								+ "Mannen_6,WEIGHTED_MEAN,bvb_veiligheid_tov_zwolle\n"),
				"aggregation.csv: line 2: aggregation is 'AVERAGE'; expected SUM, WEIGHTED_MEAN or blank",
				"aggregation.csv: line 3: weight_indicator is needed with aggregation WEIGHTED_MEAN and only then",
				"aggregation.csv: line 4: indicator bvb_veiligheid_tov_zwolle holds categories: only numbers can be "
						+ "derived",
				"aggregation.csv: line 5: weight_indicator bvb_veiligheid_tov_zwolle of Mannen_6 is no numeric "
						+ "indicator");
	}

	private void assertRefused(InputFile file, String... expected) {
		assertRefused(List.of(file), expected);
	}

	private void assertRefused(List<InputFile> files, String... expected) {
		Refusals.assertNamed(refused(files, IndicatorImportOptions.defaults().withForce(true)), expected);
	}

	private ImportException refused(List<InputFile> files, IndicatorImportOptions options) {
		return Refusals.refused(GebiedTables::fingerprint,
				() -> new IndicatorImporter(dataSource).importFiles(files, options));
	}

	private static InputFile csv(String name, String text) {
		return new InputFile(name, text.getBytes(StandardCharsets.UTF_8));
	}

}
