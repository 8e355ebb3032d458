package nl.wijkatlas.geodata.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.area.BundledAreas;
import nl.wijkatlas.geodata.area.BundledGemeente;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content transcribed from seed 004 (Geldrop-Mierlo, wijkontwikkelingsplannen and the
 * pilot Braakhuizen Zuid) lands in its own content dataset, linked to GM1771 areas only.
 */
class BundledGeldropMierloContentImportTest {

	private static final String SOURCE = "geldrop-mierlo-meerjarenbegroting-2019-2022-wijkontwikkelingsplannen";

	private static DataSource dataSource;

	private static ContentResult first;

	@BeforeAll
	static void importAreasAndContent() {
		dataSource = TestDatabase.dataSource();
		BundledAreas.GELDROP_MIERLO.importInto(dataSource, false);
		first = new ContentImporter(dataSource).importBundled("GM1771", BundledAreas.GELDROP_MIERLO.contentFolder());
	}

	@Test
	void shouldImportTwoOpgavenAndThreeOrganisationsAndNoMoney() {
		assertThat(first.opgaven()).isEqualTo(2);
		assertThat(first.organisations()).isEqualTo(3);
		assertThat(first.budgetGoals() + first.credits() + first.initiatives() + first.stories()).isZero();
		assertThat(TestDatabase.queryString("""
				select string_agg(distinct o.id, ',' order by o.id) from opgave o
				join opgave_area oa on oa.opgave_id = o.id join area a on a.code = oa.area_code
				where a.gemeente_code = 'GM1771'"""))
			.isEqualTo("geldrop-mierlo-gezonde-leefbare-veilige-wijken,wijkontwikkelingsplan-braakhuizen-zuid");
	}

	@Test
	void shouldPutTheWijkontwikkelingsplanOnBraakhuizenZuidWithItsCitation() {
		assertThat(TestDatabase.queryString("""
				select string_agg(oa.area_code, ',') from opgave_area oa
				where oa.opgave_id = 'wijkontwikkelingsplan-braakhuizen-zuid'""")).isEqualTo("BU17710005");
		assertThat(TestDatabase
			.queryString("select source_id from opgave where id = 'wijkontwikkelingsplan-braakhuizen-zuid'"))
			.isEqualTo(SOURCE);
		assertThat(TestDatabase
			.queryString("select locator from opgave where id = 'wijkontwikkelingsplan-braakhuizen-zuid'"))
			.contains("Formuleren van succes- en faalfactoren");
		assertThat(TestDatabase.queryString("select string_agg(i.title, ' | ' order by d.position, i.position) "
				+ "from doel d join inspanning i on i.doel_id = d.id "
				+ "where d.opgave_id = 'wijkontwikkelingsplan-braakhuizen-zuid'"))
			.contains("externe partij in samenwerking met mensen uit de wijk")
			.contains("in de eerste helft van 2019");
		assertThat(TestDatabase.queryString("select publisher from source where id = '" + SOURCE + "'"))
			.isEqualTo("Gemeente Geldrop-Mierlo");
	}

	@Test
	void shouldPutTheProgrammeGoalOnTheGemeenteWithoutInventedAmounts() {
		assertThat(TestDatabase.queryString(
				"select string_agg(area_code, ',') from opgave_area where opgave_id = 'geldrop-mierlo-gezonde-leefbare-veilige-wijken'"))
			.isEqualTo("GM1771");
		assertThat(TestDatabase.queryLong(
				"""
						select count(*) from middel m join inspanning i on i.id = m.inspanning_id join doel d on d.id = i.doel_id
						where d.opgave_id like 'geldrop-mierlo-%' and m.amount is not null"""))
			.isZero();
	}

	@Test
	void shouldChangeNothingWhenRunAgain() {
		ContentResult again = new ContentImporter(dataSource).importBundled("GM1771",
				BundledAreas.GELDROP_MIERLO.contentFolder());

		assertThat(again.changed()).isFalse();
	}

	@Test
	void shouldGiveEverySourceIdToOneBundledContentFolderOnly() {
		Set<String> seen = new HashSet<>();
		for (BundledGemeente gemeente : BundledAreas.ALL) {
			String folder = "datasets/" + gemeente.contentFolder() + "/content/";
			List<Content.SourceEntry> sources = new ContentReader().read((name) -> InputFile.ofResource(folder + name))
				.sources();
			for (Content.SourceEntry source : sources) {
				assertThat(seen.add(source.id())).as("source id %s in two content folders", source.id()).isTrue();
			}
		}
		assertThat(seen).contains(SOURCE);
	}

}
