package nl.wijkatlas.geodata.gebied;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.area.BundledZwolle;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled gebieden against the real PostGIS: built from buurten, exact or marked
 * approximate, and a re-import changes nothing.
 */
class BundledGebiedenImportTest {

	private static DataSource dataSource;

	private static GebiedImportResult first;

	@BeforeAll
	static void importZwolleAndItsGebieden() {
		dataSource = TestDatabase.dataSource();
		BundledZwolle.importInto(dataSource);
		first = BundledGebieden.importInto(dataSource);
	}

	@Test
	void shouldImportSixGebiedenUnderZwolleAllButOldeneelApproximate() {
		assertThat(first.gebieden()).isEqualTo(6);
		assertThat(first.approximate()).isEqualTo(5);
		assertThat(TestDatabase.queryString("select string_agg(code, ',' order by code) from area "
				+ "where level = 'GEBIED' and parent_code = 'GM0193' and gemeente_code = 'GM0193'"))
			.isEqualTo("GB0193_BVB_KAMPERPOORT,GB0193_BVB_OLDENEEL,GB0193_HOLTENBROEK,GB0193_SPOORZONE,"
					+ "GB0193_STADSHAGEN,GB0193_STADSHART");
		assertThat(TestDatabase
			.queryString("select string_agg(area_code, ',' order by area_code) from gebied where approximate"))
			.isEqualTo("GB0193_BVB_KAMPERPOORT,GB0193_HOLTENBROEK,GB0193_SPOORZONE,GB0193_STADSHAGEN,GB0193_STADSHART");
	}

	@Test
	void shouldBuildStadshagenAndHoltenbroekExactlyFromTheBuurtenOfTheirWijk() {
		for (String[] pair : new String[][] { { "GB0193_STADSHAGEN", "WK019322" },
				{ "GB0193_HOLTENBROEK", "WK019330" } }) {
			assertThat(TestDatabase.queryString("select ST_Equals(g.geom_rd, w.geom_rd) from area_boundary g, "
					+ "area_boundary w where g.is_current and w.is_current and g.area_code = '" + pair[0]
					+ "' and w.area_code = '" + pair[1] + "'"))
				.as(pair[0])
				.isEqualTo("t");
			assertThat(
					TestDatabase.queryLong("select count(*) from gebied_buurt gb join area b on b.code = gb.buurt_code "
							+ "where gb.gebied_code = '" + pair[0] + "' and b.parent_code = '" + pair[1] + "'"))
				.isEqualTo(TestDatabase.queryLong("select count(*) from area where parent_code = '" + pair[1] + "'"));
		}
	}

	@Test
	void shouldBuildEachGebiedAsTheUnionOfItsBuurtenInRdNew() {
		assertThat(TestDatabase.queryLong(
				"""
						select count(*) from gebied g join area_boundary gb on gb.area_code = g.area_code and gb.is_current
						where ST_SRID(gb.geom_rd) = 28992 and ST_IsValid(gb.geom_rd) and ST_Equals(gb.geom_rd, (
						  select ST_Union(b.geom_rd) from gebied_buurt x
						  join area_boundary b on b.area_code = x.buurt_code and b.is_current where x.gebied_code = g.area_code))
						"""))
			.isEqualTo(6);
		assertThat(TestDatabase.queryString("select string_agg(buurt_code, ' ' order by buurt_code) from gebied_buurt "
				+ "where gebied_code = 'GB0193_SPOORZONE'"))
			.isEqualTo("BU01931300 BU01931360");
	}

	@Test
	void shouldShowApproximateGebiedenAsProvisionalWithTheirNoteAndSource() {
		assertThat(TestDatabase.queryString("select provisional || ' ' || (membership_note like 'Approximate.%') "
				+ "from area where code = 'GB0193_SPOORZONE'"))
			.isEqualTo("true true");
		// No source draws the hoogdynamische gebieden: taking them to be a CBS wijk is
		// provisional.
		assertThat(
				TestDatabase.queryString("select string_agg(code || ' ' || provisional, ',' order by code) from area "
						+ "where code in ('GB0193_HOLTENBROEK', 'GB0193_STADSHAGEN')"))
			.isEqualTo("GB0193_HOLTENBROEK true,GB0193_STADSHAGEN true");
		assertThat(TestDatabase.queryString("select s.kind || ' ' || s.title from area a join source s "
				+ "on s.id = a.membership_source_id where a.code = 'GB0193_HOLTENBROEK'"))
			.startsWith("DOCUMENT Gemeente Zwolle, collegenota");
		assertThat(TestDatabase.queryString("select s.kind from area a join source s on s.id = a.source_id "
				+ "where a.code = 'GB0193_HOLTENBROEK'"))
			.isEqualTo("DERIVED");
		assertThat(TestDatabase.queryString("select alias from gebied where area_code = 'GB0193_BVB_OLDENEEL'"))
			.isEqualTo("BVB_OLDENEEL");
	}

	@Test
	void shouldChangeNothingWhenRunAgainOrForced() {
		String before = GebiedTables.rowVersions();

		GebiedImportResult again = BundledGebieden.importInto(dataSource);
		GebiedImportResult forced = new GebiedImporter(dataSource)
			.importFile(nl.wijkatlas.geodata.InputFile.ofResource(BundledGebieden.GEBIEDEN), true);

		assertThat(again.skipped()).isTrue();
		assertThat(forced.skipped()).isFalse();
		assertThat(forced.changed()).isFalse();
		assertThat(forced.dataVersion()).isEqualTo(again.dataVersion());
		assertThat(GebiedTables.rowVersions()).isEqualTo(before);
	}

}
