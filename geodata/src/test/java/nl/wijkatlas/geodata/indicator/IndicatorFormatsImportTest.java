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
 * A CBS StatLine TypedDataSet and the long CSV layout with declared indicators, imported
 * into the real PostGIS and removed again afterwards.
 */
class IndicatorFormatsImportTest {

	private static final String STATLINE = """
			{
			  "odata.metadata": "https://opendata.cbs.nl/ODataApi/OData/86165NED/$metadata#Cbs.OData.WebAPI.TypedDataSet",
			  "value": [
			    {"ID": 1, "WijkenEnBuurten": "GM0193    ", "Gemeentenaam_1": "Zwolle", "SoortRegio_2": "Gemeente  ",
			     "AantalInwoners_5": 100000, "Mannen_6": 49000, "Onbekend_77": 3},
			    {"ID": 2, "WijkenEnBuurten": "WK019311  ", "Gemeentenaam_1": "Zwolle", "SoortRegio_2": "Wijk      ",
			     "AantalInwoners_5": -99997, "Mannen_6": null, "Onbekend_77": 4},
			    {"ID": 3, "WijkenEnBuurten": "BU01931000", "Gemeentenaam_1": "Zwolle", "SoortRegio_2": "Buurt     ",
			     "AantalInwoners_5": 2500.0, "Mannen_6": 1200, "Onbekend_77": 5}
			  ]
			}
			""";

	private static DataSource dataSource;

	@BeforeAll
	static void importZwolleWithItsFigures() {
		dataSource = FigureTestData.areasAndGebieden();
		BundledIndicators.importInto(dataSource);
	}

	@AfterEach
	void removeTestFigures() {
		TestDatabase.execute("delete from indicator_value where dataset in ('indicators/86165NED_1999.json', "
				+ "'indicators/wijkmonitor.csv')");
		TestDatabase.execute("delete from indicator where code = 'test_tevredenheid'");
		TestDatabase.execute("delete from dataset_import where dataset in ('indicators/86165NED_1999.json', "
				+ "'indicators/wijkmonitor.csv')");
		TestDatabase.execute("delete from source where id like 'cited-cbs-statline-86165ned-odata-%' "
				+ "or id like 'cited-example-org-wijkmonitor-%'");
	}

	@Test
	void shouldImportAStatLineTableWithSuppressedAndMissingFiguresAndLeaveOutUnknownColumns() {
		IndicatorImportResult result = new IndicatorImporter(dataSource).importFiles(
				List.of(file("86165NED_1999.json", STATLINE)), IndicatorImportOptions.defaults().withPeriod("1999"));

		assertThat(result.figures()).isEqualTo(6);
		assertThat(result.present()).isEqualTo(4);
		assertThat(result.ignoredColumns()).containsExactly("Onbekend_77");
		assertThat(figure("AantalInwoners_5", "GM0193")).isEqualTo("PRESENT 100000");
		assertThat(figure("AantalInwoners_5", "WK019311")).isEqualTo("SUPPRESSED null");
		assertThat(figure("Mannen_6", "WK019311")).isEqualTo("MISSING null");
		assertThat(figure("AantalInwoners_5", "BU01931000")).isEqualTo("PRESENT 2500");
		assertThat(TestDatabase.queryString("select s.kind || ' ' || s.title || ' ' || s.url from indicator_value v "
				+ "join source s on s.id = v.source_id where v.dataset = 'indicators/86165NED_1999.json' limit 1"))
			.isEqualTo("DATASET CBS StatLine 86165NED (OData TypedDataSet) "
					+ "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/86165NED");
		assertThat(TestDatabase.queryString("select label from indicator where code = 'AantalInwoners_5'"))
			.as("an existing indicator keeps its label")
			.isEqualTo("Aantal inwoners (1 januari)");
	}

	@Test
	void shouldImportTheLongLayoutWithADeclaredIndicatorAndReplaceTheDatasetOnReimport() {
		InputFile definitions = file("definitions.csv", "indicator_code,label,unit,theme,higher_is_better,description\n"
				+ "test_tevredenheid,Tevredenheid (test),%,leefbaarheid,true,Share of satisfied residents\n");
		String header = "area_code,indicator_code,period,value,source\n";
		String source = "https://example.org/wijkmonitor";
		IndicatorImporter importer = new IndicatorImporter(dataSource);

		importer.importFiles(
				List.of(definitions,
						file("wijkmonitor.csv",
								header + "WK019311,test_tevredenheid," + "2023-2024,61.5," + source
										+ "\nBVB_OLDENEEL,test_tevredenheid,2023-2024,80," + source
										+ "\nGM0193,test_tevredenheid,2023-2024,70," + source + "\n")),
				IndicatorImportOptions.defaults());
		assertThat(TestDatabase.queryString("select label || ' ' || theme || ' ' || higher_is_better from indicator "
				+ "where code = 'test_tevredenheid'"))
			.isEqualTo("Tevredenheid (test) leefbaarheid true");
		assertThat(figure("test_tevredenheid", "GB0193_BVB_OLDENEEL", "2023-2024")).isEqualTo("PRESENT 80");

		IndicatorImportResult again = importer.importFiles(
				List.of(file("wijkmonitor.csv",
						"area_code,indicator_code,period,value\nWK019311,test_tevredenheid,2023-2024,62\n"
								+ "GM0193,test_tevredenheid,2023-2024,70\n")),
				IndicatorImportOptions.defaults().withSource(source));

		assertThat(again.changed()).isTrue();
		assertThat(figure("test_tevredenheid", "WK019311", "2023-2024")).isEqualTo("PRESENT 62");
		assertThat(figure("test_tevredenheid", "GB0193_BVB_OLDENEEL", "2023-2024")).as("removed with its dataset")
			.isNull();
	}

	private static String figure(String indicator, String area) {
		return figure(indicator, area, "1999");
	}

	private static String figure(String indicator, String area, String period) {
		return TestDatabase.queryString("select status || ' ' || coalesce(value::text, 'null') from indicator_value "
				+ "where indicator_code = '" + indicator + "' and area_code = '" + area + "' and period = '" + period
				+ "'");
	}

	private static InputFile file(String name, String text) {
		return new InputFile(name, text.getBytes(StandardCharsets.UTF_8));
	}

}
