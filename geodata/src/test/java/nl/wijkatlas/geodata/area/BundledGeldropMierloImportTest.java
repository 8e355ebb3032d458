package nl.wijkatlas.geodata.area;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.support.ImportedGemeente;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second bundled gemeente: Geldrop-Mierlo has no stadsdelen, so its hierarchy is
 * gemeente → wijken → buurten, with nothing invented in between.
 */
class BundledGeldropMierloImportTest {

	private static DataSource dataSource;

	private static ImportResult first;

	@BeforeAll
	static void importBundledGeldropMierlo() {
		dataSource = TestDatabase.dataSource();
		first = BundledAreas.GELDROP_MIERLO.importInto(dataSource, false);
	}

	@Test
	void shouldImportOneGemeenteTwoWijkenAndFifteenBuurtenAndNoStadsdeel() {
		ImportedGemeente.assertImported(first, "GM1771", "Geldrop-Mierlo", 0, 2, 15);
	}

	@Test
	void shouldHangTheWijkenDirectlyUnderTheGemeenteAndBraakhuizenZuidInGeldrop() {
		assertThat(TestDatabase.queryString("select string_agg(code || ' ' || name || ' ' || parent_code, ', ' "
				+ "order by code) from area where gemeente_code = 'GM1771' and level = 'WIJK'"))
			.isEqualTo("WK177100 Geldrop GM1771, WK177101 Mierlo GM1771");
		assertThat(TestDatabase.queryString("select name || ' ' || parent_code from area where code = 'BU17710005'"))
			.isEqualTo("Braakhuizen-Zuid WK177100");
		assertThat(count("""
				select count(*) from area b join area w on w.code = b.parent_code
				where b.gemeente_code = 'GM1771' and b.level = 'BUURT' and w.level = 'WIJK'
				  and w.code = 'WK' || substr(b.code, 3, 6)""")).isEqualTo(15);
		assertThat(count("select count(*) from area where gemeente_code = 'GM1771' and provisional")).isZero();
	}

	@Test
	void shouldFindBraakhuizenZuidForAPointInsideIt() {
		// The centroid of the buurt's polygon, in WGS84 as areaAt receives it: one buurt
		// only.
		assertThat(TestDatabase.queryString("""
				select string_agg(a.code, ',') from area a join area_boundary b on b.area_code = a.code and b.is_current
				where a.level = 'BUURT' and ST_Contains(b.geom_rd, ST_Transform(
				  ST_SetSRID(ST_MakePoint(5.5748, 51.4257), 4326), 28992))""")).isEqualTo("BU17710005");
	}

	@Test
	void shouldLeaveZwolleAsItWasAndChangeNothingWhenRunAgain() {
		String versions = TestDatabase.rowVersions();

		ImportResult again = BundledAreas.GELDROP_MIERLO.importInto(dataSource, false);

		assertThat(again.skipped()).isTrue();
		assertThat(again.count(AreaLevel.BUURT)).isEqualTo(15);
		assertThat(TestDatabase.rowVersions()).isEqualTo(versions);
	}

	private static long count(String sql) {
		return TestDatabase.queryLong(sql);
	}

}
