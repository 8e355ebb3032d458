package nl.wijkatlas.geodata.area;

import java.util.List;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.support.ImportedGemeente;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundledZwolleImportTest {

	private static ImportResult first;

	@BeforeAll
	static void importBundledZwolle() {
		first = BundledZwolle.importInto(TestDatabase.dataSource());
	}

	@Test
	void shouldImportOneGemeenteFiveStadsdelenSixteenWijkenAndSeventyEightBuurten() {
		ImportedGemeente.assertImported(first, "GM0193", "Zwolle", 5, 16, 78);
	}

	@Test
	void shouldLinkEveryBuurtToItsWijkEveryWijkToAStadsdeelAndEveryStadsdeelToTheGemeente() {
		assertThat(count("""
				select count(*) from area b join area w on w.code = b.parent_code
				where b.gemeente_code = 'GM0193' and b.level = 'BUURT' and w.level = 'WIJK'
				  and w.code = 'WK' || substr(b.code, 3, 6)""")).isEqualTo(78);
		assertThat(count("""
				select count(*) from area w join area s on s.code = w.parent_code
				where w.gemeente_code = 'GM0193' and w.level = 'WIJK' and s.level = 'STADSDEEL'""")).isEqualTo(16);
		assertThat(count("""
				select count(*) from area s where s.level = 'STADSDEEL' and s.gemeente_code = 'GM0193'
				  and s.parent_code = 'GM0193'""")).isEqualTo(5);
	}

	@Test
	void shouldPutTheWijkenInTheirStadsdelenStatedOrByAdjacency() {
		assertThat(wijkenOf("SD0193_MIDDEN")).containsExactlyInAnyOrder("WK019310", "WK019313", "WK019314", "WK019312");
		assertThat(wijkenOf("SD0193_OOST")).containsExactlyInAnyOrder("WK019311", "WK019340");
		assertThat(wijkenOf("SD0193_WEST")).containsExactlyInAnyOrder("WK019320", "WK019321", "WK019322");
		assertThat(wijkenOf("SD0193_NOORD")).containsExactlyInAnyOrder("WK019330", "WK019331", "WK019332");
		assertThat(wijkenOf("SD0193_ZUID")).containsExactlyInAnyOrder("WK019350", "WK019351", "WK019341", "WK019352");
		assertThat(TestDatabase.queryString("select string_agg(name, ',' order by code) from area "
				+ "where level = 'STADSDEEL' and gemeente_code = 'GM0193'"))
			.isEqualTo("Midden,Noord,Oost,West,Zuid");
	}

	@Test
	void shouldMarkAdjacencyAndProvisionalMembershipsProvisionalWithANote() {
		assertThat(TestDatabase.queryString("select string_agg(code, ',' order by code) from area "
				+ "where level = 'WIJK' and gemeente_code = 'GM0193' and provisional"))
			.isEqualTo("WK019312,WK019320,WK019330,WK019331,WK019332,WK019340,WK019341,WK019352");
		assertThat(TestDatabase.queryString("select membership_note from area where code = 'WK019312'"))
			.matches("Assigned by adjacency: longest shared border \\(\\d+ m\\) with stadsdeel Midden; "
					+ "no source states its stadsdeel\\.");
		assertThat(TestDatabase.queryString("select membership_source_id from area where code = 'WK019312'"))
			.isEqualTo("derived-stadsdeel-by-adjacency");
		assertThat(TestDatabase
			.queryString("select membership_source_id || ' ' || provisional from area " + "where code = 'WK019310'"))
			.isEqualTo("web-zwolle-nl-wijkopgavenzwollemidden false");
		assertThat(TestDatabase.queryString(
				"select kind || ' ' || url from source " + "where id = 'web-zwolle-nl-wijkopgavenzwollemidden'"))
			.isEqualTo("WEB https://www.zwolle.nl/wijkopgavenzwollemidden");
	}

	@Test
	void shouldKeepCbsWijkNamesAndDeriveWijkGeometryFromBuurten() {
		assertThat(TestDatabase.queryString("select name from area where code = 'WK019330'"))
			.isEqualTo("Wijk 30 Holtenbroek");
		assertThat(count("""
				select count(*) from area w join area_boundary wb on wb.area_code = w.code and wb.is_current
				where w.gemeente_code = 'GM0193' and w.level = 'WIJK' and ST_Equals(wb.geom_rd, (
				  select ST_Union(bb.geom_rd) from area b
				  join area_boundary bb on bb.area_code = b.code and bb.is_current where b.parent_code = w.code))
				""")).isEqualTo(16);
		assertThat(TestDatabase.queryString("select source_id from area where code = 'WK019330'"))
			.isEqualTo("derived-union-of-buurten");
		assertThat(TestDatabase.queryString("select source_id from area where code = 'BU01933000'"))
			.isEqualTo("cbs-wijkbuurtkaart-2025-generalised");
		assertThat(count("select count(*) from area_boundary b join area a on a.code = b.area_code "
				+ "where a.gemeente_code = 'GM0193' and a.level <> 'GEBIED' and b.boundary_year = 2025 and b.is_current and ST_IsValid(b.geom_rd)"))
			.isEqualTo(100);
	}

	@Test
	void shouldChangeNothingWhenRunAgain() {
		String versions = TestDatabase.rowVersions();
		long imports = count("select count(*) from dataset_import");

		ImportResult again = BundledZwolle.importInto(TestDatabase.dataSource());

		assertThat(again.skipped()).isTrue();
		assertThat(again.changed()).isFalse();
		assertThat(again.count(AreaLevel.BUURT)).isEqualTo(78);
		assertThat(TestDatabase.rowVersions()).isEqualTo(versions);
		assertThat(count("select count(*) from dataset_import")).isEqualTo(imports);
	}

	@Test
	void shouldRewriteNoRowWhenForcedToImportTheSameDataAgain() {
		BundledZwolle.importInto(TestDatabase.dataSource());
		String versions = TestDatabase.rowVersions();
		long version = count("select version from data_version");

		ImportResult forced = BundledZwolle.importInto(TestDatabase.dataSource(), true);

		assertThat(forced.skipped()).isFalse();
		assertThat(forced.changed()).isFalse();
		assertThat(forced.dataVersion()).isEqualTo(version);
		assertThat(TestDatabase.rowVersions()).isEqualTo(versions);
		assertThat(TestDatabase.queryString("select dataset || ' ' || changed || ' ' || feature_count "
				+ "from dataset_import order by id desc limit 1"))
			.isEqualTo("areas/GM0193 false 94");
	}

	private static long count(String sql) {
		return TestDatabase.queryLong(sql);
	}

	private static List<String> wijkenOf(String stadsdeel) {
		String codes = TestDatabase.queryString(
				"select string_agg(code, ',' order by code) from area where parent_code = '" + stadsdeel + "'");
		return (codes != null) ? List.of(codes.split(",")) : List.of();
	}

}
