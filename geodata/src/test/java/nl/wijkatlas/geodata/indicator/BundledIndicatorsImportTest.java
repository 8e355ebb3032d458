package nl.wijkatlas.geodata.indicator;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.area.BundledAreas;
import nl.wijkatlas.geodata.gebied.BundledGebieden;
import nl.wijkatlas.geodata.gebied.GebiedTables;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled figures against the real PostGIS: every row of the five CSV files lands,
 * with its source; missing figures stay missing; a re-import changes nothing.
 */
class BundledIndicatorsImportTest {

	private static IndicatorImportResult first;

	@BeforeAll
	static void importEverything() {
		first = BundledIndicators.importInto(FigureTestData.areasAndGebieden());
	}

	@Test
	void shouldImportEveryRowOfTheNineFiles() {
		assertThat(first.datasets()).hasSize(9);
		assertThat(first.figures()).isEqualTo(822 + 524 + 24 + 30 + 13094 + 3270 + 88 + 14 + 2);
		assertThat(first.indicators()).isEqualTo(342);
		assertThat(TestDatabase.queryLong("select count(*) from indicator_value where dataset like 'indicators/%'"))
			.isEqualTo(17868);
		assertThat(TestDatabase
			.queryLong("select count(*) from indicator_value " + "where dataset = 'indicators/cbs_kerncijfers.csv'"))
			.isEqualTo(822);
	}

	@Test
	void shouldKeepTheFiguresOfTheCsvExactly() {
		assertThat(figure("AantalInwoners_5", "WK019311", "2025")).isEqualTo("PRESENT 10930");
		assertThat(figure("AantalInwoners_5", "GM0193", "2024")).isEqualTo("PRESENT 133141");
		assertThat(figure("bvb_rapportcijfer_leefbaarheid_buurt", "GM0193", "2016")).isEqualTo("PRESENT 7.5");
		assertThat(FigureTestData.figure("source_id", "AantalInwoners_5", "WK019311", "2025"))
			.startsWith("cited-cbs-statline-86165ned");
	}

	@Test
	void shouldMapBuurtVoorBuurtAreasToTheirGebieden() {
		assertThat(TestDatabase.queryString("select status || ' ' || category from indicator_value where "
				+ "indicator_code = 'bvb_leefbaarheidsindex_tov_zwolle' and area_code = 'GB0193_BVB_OLDENEEL'"))
			.isEqualTo("PRESENT gunstig");
		assertThat(TestDatabase.queryLong(
				"select count(*) from indicator_value where area_code = 'GB0193_BVB_KAMPERPOORT' and dataset like 'ind%'"))
			.isEqualTo(4);
	}

	@Test
	void shouldStoreMissingFiguresAsMissingNeverAsZero() {
		assertThat(TestDatabase.queryString("select status || ' ' || coalesce(value::text, 'null') || ' ' "
				+ "|| coalesce(category, 'null') from indicator_value where indicator_code = "
				+ "'bvb_fysieke_index_ontw_2012_2018' and area_code = 'GB0193_BVB_OLDENEEL'"))
			.isEqualTo("MISSING null null");
	}

	@Test
	void shouldSetThemeAndDirectionOnlyWhereTheDefinitionsSaySo() {
		assertThat(TestDatabase.queryString("select theme || ' ' || higher_is_better || ' ' || value_kind from "
				+ "indicator where code = 'bvb_rapportcijfer_leefbaarheid_buurt'"))
			.isEqualTo("leefbaarheid true NUMBER");
		assertThat(TestDatabase.queryString("select theme || ' ' || coalesce(higher_is_better::text, 'null') from "
				+ "indicator where code = 'AantalInwoners_5'"))
			.isEqualTo("bevolking null");
		assertThat(
				TestDatabase.queryString("select value_kind from indicator where code = 'bvb_veiligheid_tov_zwolle'"))
			.isEqualTo("CATEGORY");
		assertThat(TestDatabase.queryLong("select count(*) from indicator where theme is null")).isZero();
	}

	@Test
	void shouldTurnEachDistinctSourceTextIntoOneSourceRow() {
		assertThat(TestDatabase
			.queryLong("select count(distinct source_id) from indicator_value " + "where dataset like 'indicators/%'"))
			// 20 of the first five files; the buurtmonitor export (13,000 figures),
			// its news quotes and 8 PDOK extracts of the history cite one source
			// each, with a locator.
			.isEqualTo(29);
		assertThat(TestDatabase.queryString("select kind || ' ' || licence || ' ' || url from source where id = "
				+ "(select source_id from indicator_value where indicator_code = 'Mannen_6' and area_code = 'GM0193' "
				+ "and period = '2024')"))
			.isEqualTo("DATASET CC BY 4.0 https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85984NED");
		assertThat(TestDatabase.queryString("select kind || ' ' || url from source where id = (select source_id "
				+ "from indicator_value where indicator_code = 'banen' and period = '2022')"))
			.isEqualTo("WEB https://zwolle.jaarverslag-2022.nl/p40997/kerngegevens");
	}

	@Test
	void shouldNameAnIndicatorAsItsAreasFiguresDoNotAsAQuotedCityTotal() {
		// The gemeente's 2016 figure comes from a news item with wording of its own; the
		// 74
		// buurten's figures say what the indicator is, and the city row keeps its wording
		// as a note.
		assertThat(TestDatabase.queryString("select label || ' | ' || unit from indicator where code = "
				+ "'bvb_rapportcijfer_leefbaarheid_buurt'"))
			.isEqualTo("leefbaarheid (rapportcijfer) (Buurt-voor-Buurt 2014) | rapportcijfer 1-10");
		assertThat(FigureTestData.figure("note", "bvb_rapportcijfer_leefbaarheid_buurt", "GM0193", "2016"))
			.contains("(gemiddeld, Zwolle totaal)");
	}

	@Test
	void shouldNameTheWijkatlasOwnDerivationsInDutchAndInEnglish() {
		assertThat(TestDatabase
			.queryString("select title || ' | ' || title_en from source where id = " + "'derived-area-from-boundary'"))
			.isEqualTo("Berekend door Wijkatlas: oppervlakte binnen de gebiedsgrens | "
					+ "Computed by the Wijkatlas: area within the boundary");
		// A published source keeps its own title only.
		assertThat(
				TestDatabase.queryLong("select count(*) from source where kind <> 'DERIVED' and title_en is not null "
						+ "and id <> 'wijkatlas-api-entry'"))
			.isZero();
	}

	@Test
	void shouldKeepTheSourcesOwnWordingAsANote() {
		assertThat(TestDatabase.queryString("select note from indicator_value where indicator_code = "
				+ "'nextdoor_vu_rapportcijfer_buurt' and area_code = 'WK019331'"))
			.contains("area as the source names it: Aa-landen (Nextdoor-buurt");
	}

	@Test
	void shouldDeriveTheAreaInHectaresOfEveryAreaFromItsBoundary() {
		assertThat(TestDatabase
			.queryLong("select count(*) from indicator_value where indicator_code = " + "'oppervlakte_grens_ha'"))
			.isEqualTo(TestDatabase.queryLong("select count(*) from area_boundary " + "where is_current"));
		assertThat(TestDatabase.queryString("select s.kind from indicator i join source s on s.id = i.source_id "
				+ "where i.code = 'oppervlakte_grens_ha'"))
			.isEqualTo("DERIVED");
		assertThat(TestDatabase.queryString("select value from indicator_value where indicator_code = "
				+ "'oppervlakte_grens_ha' and area_code = 'BU01931300'"))
			.isEqualTo("40.1");
	}

	@Test
	void shouldChangeNothingWhenImportedAgainOrForced() {
		BundledIndicators.importInto(TestDatabase.dataSource());
		String before = GebiedTables.rowVersions();

		IndicatorImportResult again = BundledIndicators.importInto(TestDatabase.dataSource());
		IndicatorImportResult forced = new IndicatorImporter(TestDatabase.dataSource()).importFiles(
				BundledIndicators.FILES.stream().map(InputFile::ofResource).toList(),
				IndicatorImportOptions.defaults().withForce(true));

		assertThat(again.skipped()).isTrue();
		assertThat(forced.skipped()).isFalse();
		assertThat(forced.changed()).isFalse();
		assertThat(forced.dataVersion()).isEqualTo(again.dataVersion());
		assertThat(GebiedTables.rowVersions()).isEqualTo(before);
	}

	private static String figure(String indicator, String area, String period) {
		return FigureTestData.figure("status || ' ' || value", indicator, area, period);
	}

}
