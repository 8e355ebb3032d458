package nl.wijkatlas.geodata.indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.area.BundledAreas;
import nl.wijkatlas.geodata.gebied.BundledGebieden;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled figures per buurt (Buurt-voor-Buurt and the buurtmonitor, 2014), the CBS
 * history joined into one series per quantity, the reliability flags of the survey and
 * the figures derived for levels that have none, checked against the files and against
 * values computed by hand from them.
 */
class FiguresWherePeopleLiveImportTest {

	private static DataSource dataSource;

	@BeforeAll
	static void importEverything() {
		dataSource = FigureTestData.areasAndGebieden();
		BundledIndicators.importInto(dataSource);
	}

	@AfterEach
	void restoreTheBundledFigures() {
		TestDatabase.execute("delete from indicator_value where dataset = 'indicators/published-west.csv'");
		// As an import would: the next import then derives again what the figure
		// replaced.
		TestDatabase.execute("update data_version set version = version + 1");
		BundledIndicators.importInto(dataSource);
	}

	@Test
	void shouldImportTheBuurtVoorBuurtSurveyForEveryBuurtItCovers() {
		assertThat(count("dataset = 'indicators/buurt_voor_buurt_per_buurt.csv'")).isEqualTo(13094);
		assertThat(TestDatabase.queryLong("select count(distinct area_code) from indicator_value where dataset = "
				+ "'indicators/buurt_voor_buurt_per_buurt.csv' and area_code like 'BU%'"))
			.isEqualTo(74);
		assertThat(count("indicator_code = 'bvb_rapportcijfer_leefbaarheid_buurt' and period = '2014' "
				+ "and area_code like 'BU%'"))
			.isEqualTo(74);
		assertThat(value("bvb_rapportcijfer_leefbaarheid_buurt", "GM0193", "2014")).isEqualTo("7.5");
		assertThat(count("dataset = 'indicators/zwolle_buurtmonitor_2014.csv'")).isEqualTo(3270);
		assertThat(TestDatabase.queryLong("select count(distinct area_code) from indicator_value where dataset = "
				+ "'indicators/zwolle_buurtmonitor_2014.csv'"))
			.isEqualTo(78);
	}

	@Test
	void shouldCiteOneSourceForTheWholeExportAndSayWhereEachFigureIsInIt() {
		assertThat(TestDatabase.queryLong("select count(distinct source_id) from indicator_value where dataset in "
				+ "('indicators/buurt_voor_buurt_per_buurt.csv', 'indicators/zwolle_buurtmonitor_2014.csv')"))
			.isEqualTo(3);
		assertThat(TestDatabase.queryString("select source_locator from indicator_value where indicator_code = "
				+ "'zwolle_bspman' and area_code = 'BU01931000'"))
			.startsWith("GEOITEM 100;")
			.endsWith("code 'bspman'");
	}

	@Test
	void shouldDescribeEverySurveyIndicatorFromTheMunicipalDefinitions() {
		assertThat(TestDatabase.queryString("select description from indicator where code = 'bvb_b_aontba'")).isEqualTo(
				"Percentage van de inwoners dat vindt dat de eigen buurt het afgelopen jaar achteruit is gegaan.");
		assertThat(TestDatabase.queryLong("select count(*) from indicator where code like 'bvb\\_b\\_%' "
				+ "and (description is null or label_en is null or theme is null)"))
			.isZero();
		assertThat(TestDatabase.queryLong("select count(*) from indicator where label_en is null")).isZero();
	}

	@Test
	void shouldStoreOneSpellingOfEachUnit() {
		assertThat(TestDatabase.queryLong("select count(*) from indicator where unit in ('procent', 'rapportcijfer')"))
			.isZero();
		assertThat(TestDatabase
			.queryString("select unit from indicator where code = 'bvb_rapportcijfer_leefbaarheid_buurt'"))
			.isEqualTo("rapportcijfer 1-10");
	}

	@Test
	void shouldFlagTheSurveyFiguresOfBuurtenWithFewRespondents() {
		assertThat(TestDatabase.queryLong(
				"select count(distinct area_code) from indicator_value " + "where reliability = 'FEW_RESPONDENTS'"))
			.isEqualTo(20);
		assertThat(FigureTestData.figure("reliability || ': ' || reliability_note",
				"bvb_rapportcijfer_leefbaarheid_buurt", "BU01931110", "2014"))
			.startsWith("FEW_RESPONDENTS: Weinig respondenten");
		assertThat(FigureTestData.figure("reliability", "bvb_rapportcijfer_leefbaarheid_buurt", "BU01933030", "2014"))
			.isEqualTo("NORMAL");
		// The buurtmonitor's register figures of the same buurt are counts, not survey
		// answers.
		assertThat(count("area_code = 'BU01931110' and dataset = 'indicators/zwolle_buurtmonitor_2014.csv' "
				+ "and reliability <> 'NORMAL'"))
			.isZero();
	}

	@Test
	void shouldJoinOneQuantityUnderDifferentCodesIntoOneSeries() {
		assertThat(TestDatabase.queryString("select string_agg(period, ',' order by period) from indicator_value "
				+ "where indicator_code = 'AantalInwoners_5' and area_code = 'GM0193'"))
			.isEqualTo("2012,2017,2018,2019,2022,2023,2024,2025");
		assertThat(TestDatabase.queryString("select string_agg(period, ',' order by period) from indicator_value "
				+ "where indicator_code = 'AantalInwoners_5' and area_code = 'WK019322'"))
			.isEqualTo("2022,2024,2025");
		assertThat(value("AantalInwoners_5", "WK019322", "2022")).isEqualTo("27020");
		assertThat(FigureTestData.figure("source_locator", "AantalInwoners_5", "WK019322", "2022"))
			.startsWith("property 'aantal_inwoners' = PDOK 'aantalInwoners'");
		// Each figure keeps its own source: 2022 from PDOK, 2025 from StatLine 86165NED.
		assertThat(source("AantalInwoners_5", "WK019322", "2022")).contains("pdok");
		assertThat(source("AantalInwoners_5", "WK019322", "2025")).startsWith("cited-cbs-statline-86165ned");
		assertThat(count("indicator_code = 'aantalInwoners'")).isZero();
		assertThat(TestDatabase.queryLong("select count(*) from indicator where code = 'aantalHuishoudens'")).isZero();
		assertThat(TestDatabase.queryString("select indicator_code from indicator_alias where code = 'aantalInwoners'"))
			.isEqualTo("AantalInwoners_5");
	}

	@Test
	void shouldSumCountsOfTheWijkenForAStadsdeelAndTheCity() {
		// West = Poort van Zwolle 365 + Westenholte 5,325 + Stadshagen 28,565 (86165NED,
		// 2025).
		assertThat(derived("AantalInwoners_5", "SD0193_WEST", "2025")).isEqualTo("34255 SUM WIJK 3");
		// 2022 (PDOK): 365 + 5,350 + 27,020.
		assertThat(derived("AantalInwoners_5", "SD0193_WEST", "2022")).isEqualTo("32735 SUM WIJK 3");
		// The city in 2025 has no published figure: the sum of its 16 wijken (SOURCES.md:
		// 133,815).
		assertThat(derived("AantalInwoners_5", "GM0193", "2025")).isEqualTo("133815 SUM WIJK 16");
		assertThat(TestDatabase.queryString("select s.kind from indicator_value v join source s on s.id = v.source_id "
				+ "where v.indicator_code = 'AantalInwoners_5' and v.area_code = 'GM0193' and v.period = '2025'"))
			.isEqualTo("DERIVED");
		assertThat(FigureTestData.figure("array_to_string(derivation_source_ids, ' ')", "AantalInwoners_5", "GM0193",
				"2025"))
			.startsWith("cited-cbs-statline-86165ned");
	}

	@Test
	void shouldWeighSharesAndAveragesByTheirDenominator() {
		// sum(size x households) / sum(households) over the 16 wijken in 2025 = 2.0695 ->
		// 2.1
		assertThat(derived("GemiddeldeHuishoudensgrootte_33", "GM0193", "2025")).isEqualTo("2.1 WEIGHTED_MEAN WIJK 16");
		assertThat(FigureTestData.figure("derivation_weight_code", "GemiddeldeHuishoudensgrootte_33", "GM0193", "2025"))
			.isEqualTo("HuishoudensTotaal_29");
	}

	@Test
	void shouldNeverDeriveFromAnIncompleteSetOrReplaceAPublishedFigure() {
		// Marsweteringlanden's cars per household is suppressed in 2025: no city figure.
		assertThat(count(
				"indicator_code = 'PersonenautoSPerHuishouden_107' and area_code = 'GM0193' " + "and period = '2025'"))
			.isZero();
		// but West, whose wijken all have it, gets one.
		assertThat(count("indicator_code = 'PersonenautoSPerHuishouden_107' and area_code = 'SD0193_WEST' "
				+ "and period = '2025'"))
			.isOne();
		// Survey marks have no aggregation: never averaged without their respondents.
		assertThat(count("indicator_code = 'bvb_rapportcijfer_leefbaarheid_buurt' and derivation_method is not null"))
			.isZero();
		assertThat(derived("AantalInwoners_5", "GM0193", "2024")).isEqualTo("133141 null null null");
	}

	@Test
	void shouldLetAPublishedFigureReplaceADerivedOne() {
		new IndicatorImporter(dataSource).importFiles(
				List.of(new InputFile("published-west.csv",
						("area_code,indicator_code,period,value,source\nSD0193_WEST,AantalInwoners_5,2025,34000,"
								+ "\"Gemeente Zwolle, stadsdeelmonitor (test)\"\n")
							.getBytes(StandardCharsets.UTF_8))),
				IndicatorImportOptions.defaults());

		assertThat(derived("AantalInwoners_5", "SD0193_WEST", "2025")).isEqualTo("34000 null null null");
	}

	private static long count(String where) {
		return TestDatabase.queryLong("select count(*) from indicator_value where " + where);
	}

	private static String value(String indicator, String area, String period) {
		return FigureTestData.figure("value::text", indicator, area, period);
	}

	private static String source(String indicator, String area, String period) {
		return FigureTestData.figure("source_id", indicator, area, period);
	}

	private static String derived(String indicator, String area, String period) {
		return FigureTestData.figure("value || ' ' || coalesce(derivation_method, 'null') || ' ' "
				+ "|| coalesce(derivation_input_level, 'null') || ' ' || coalesce(derivation_input_count::text, 'null')",
				indicator, area, period);
	}

}
