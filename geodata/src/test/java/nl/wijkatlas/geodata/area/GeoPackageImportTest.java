package nl.wijkatlas.geodata.area;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.Problem;
import nl.wijkatlas.geodata.support.GeoJsonFiles;
import nl.wijkatlas.geodata.support.TestDatabase;
import nl.wijkatlas.geodata.support.TestGeoPackage.Row;
import nl.wijkatlas.geodata.support.TestGeoPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Imports a fake gemeente, GM9999 "Testdorp", from test-built GeoPackages that also hold
 * GM9998, and removes it again afterwards so the Zwolle data stays as it is.
 */
@ExtendWith(TestGeoGemeenten.class)
class GeoPackageImportTest {

	private static final String TESTDORP = "GM9999";

	private final DataSource dataSource = TestDatabase.dataSource();

	@TempDir
	Path directory;

	@Test
	void shouldImportTheGemeenteChosenByCodeFromAGeoPackageHoldingTwo() {
		Path file = testdorp(true).write(this.directory, "wijkenbuurten_2025.gpkg");

		ImportResult result = importGeoPackage(file, null);

		assertThat(result.gemeenteName()).isEqualTo("Testdorp");
		assertThat(result.boundaryYear()).isEqualTo(2025);
		assertThat(result.changed()).isTrue();
		assertThat(result.count(AreaLevel.GEMEENTE)).isEqualTo(1);
		assertThat(result.count(AreaLevel.STADSDEEL)).isZero();
		assertThat(result.count(AreaLevel.WIJK)).isEqualTo(2);
		assertThat(result.count(AreaLevel.BUURT)).isEqualTo(4);
		assertThat(TestDatabase.queryLong("select count(*) from area where gemeente_code = 'GM9998'")).isZero();
		assertThat(TestDatabase.queryString("select string_agg(code || '>' || parent_code, ',' order by code) "
				+ "from area where level = 'WIJK' and gemeente_code = 'GM9999'"))
			.isEqualTo("WK999901>GM9999,WK999902>GM9999");
		assertThat(TestDatabase.queryString("select source_id from area where code = 'BU99990101'"))
			.isEqualTo("cbs-wijkbuurtkaart-2025");
		// The water row of BU99990101 lies west of its land row and is left out.
		assertThat(TestDatabase.queryString("select round(area_m2) || ' ' || ST_XMin(geom_rd) from area_boundary "
				+ "where area_code = 'BU99990101'"))
			.isEqualTo("1000000 100000");
		assertThat(TestDatabase.queryString("select round(area_m2) from area_boundary where area_code = 'GM9999'"))
			.isEqualTo("4000000");
	}

	@Test
	void shouldRemoveAreasTheFileNoLongerHas() {
		importGeoPackage(testdorp(true).write(this.directory, "wijkenbuurten_2025.gpkg"), null);
		long version = TestDatabase.queryLong("select version from data_version");

		ImportResult result = importGeoPackage(testdorp(false).write(this.directory, "wijkenbuurten_2025_v2.gpkg"),
				null);

		assertThat(result.changed()).isTrue();
		assertThat(result.dataVersion()).isEqualTo(version + 1);
		assertThat(result.count(AreaLevel.BUURT)).isEqualTo(3);
		assertThat(TestDatabase.queryLong("select count(*) from area where code = 'BU99990202'")).isZero();
		assertThat(TestDatabase.queryLong("select count(*) from area_boundary where area_code = 'BU99990202'"))
			.isZero();
	}

	@Test
	void shouldFailAndLeaveDatabaseUnchangedWhenAnAreaToRemoveIsStillReferenced() {
		importGeoPackage(testdorp(true).write(this.directory, "wijkenbuurten_2025.gpkg"), null);
		TestDatabase.execute("create table geodata_test_reference (area_code text references area (code))");
		try {
			TestDatabase.execute("insert into geodata_test_reference values ('BU99990202')");
			String before = TestDatabase.fingerprint();
			Path smaller = testdorp(false).write(this.directory, "wijkenbuurten_2025_v2.gpkg");

			ImportException refused = catchThrowableOfType(ImportException.class,
					() -> importGeoPackage(smaller, null));

			assertThat(refused).isNotNull();
			assertThat(refused.getMessage()).contains("Cannot remove BU99990202 of GM9999")
				.contains("still reference")
				.contains("geodata_test_reference");
			assertThat(TestDatabase.fingerprint()).isEqualTo(before);
		}
		finally {
			TestDatabase.execute("drop table geodata_test_reference");
		}
	}

	@Test
	void shouldAssignAWijkWithoutMappingToTheAdjacentStadsdeel() {
		Path mapping = GeoJsonFiles.write(this.directory, "stadsdelen.csv",
				"wijk_code,stadsdeel_code,stadsdeel_name,basis,source_url,note\n"
						+ "WK999901,SD9999_ZUID,Zuid,STATED,https://example.org/testdorp/zuid,Named as Zuid\n");

		importGeoPackage(testdorp(true).write(this.directory, "wijkenbuurten_2025.gpkg"), mapping);

		assertThat(TestDatabase.queryString("select string_agg(concat_ws(' ', code || '>' || parent_code, "
				+ "provisional::text, membership_source_id), ',' order by code) from area "
				+ "where gemeente_code = 'GM9999' and level in ('WIJK', 'STADSDEEL')"))
			.isEqualTo("SD9999_ZUID>GM9999 false,WK999901>SD9999_ZUID false web-example-org-testdorp-zuid"
					+ ",WK999902>SD9999_ZUID true derived-stadsdeel-by-adjacency");
		assertThat(TestDatabase.queryString("select membership_note from area where code = 'WK999902'"))
			.isEqualTo("Assigned by adjacency: longest shared border (2000 m) with stadsdeel Zuid; "
					+ "no source states its stadsdeel.");
	}

	@Test
	void shouldRollBackWhenAWijkSharesNoBorderWithAnyAssignedWijk() {
		String before = TestDatabase.fingerprint();
		Path mapping = GeoJsonFiles.write(this.directory, "stadsdelen.csv",
				"wijk_code,stadsdeel_code,stadsdeel_name,basis,source_url,note\n"
						+ "WK999901,SD9999_ZUID,Zuid,STATED,https://example.org/testdorp/zuid,Named as Zuid\n");
		TestGeoPackage island = new TestGeoPackage()
			.wijk(Row.land("WK999901", "Wijk 01 Kern", TESTDORP, "Testdorp",
					TestGeoPackage.square(100000, 400000, 1000)))
			.wijk(Row.land("WK999902", "Wijk 02 Eiland", TESTDORP, "Testdorp",
					TestGeoPackage.square(110000, 400000, 1000)))
			.buurt(Row.land("BU99990101", "Kern", TESTDORP, "Testdorp", TestGeoPackage.square(100000, 400000, 1000)))
			.buurt(Row.land("BU99990201", "Eiland", TESTDORP, "Testdorp", TestGeoPackage.square(110000, 400000, 1000)));

		ImportException refused = catchThrowableOfType(ImportException.class,
				() -> importGeoPackage(island.write(this.directory, "eiland_2025.gpkg"), mapping));

		assertThat(refused).isNotNull();
		assertThat(refused.getMessage()).contains("No stadsdeel for wijk WK999902 Wijk 02 Eiland")
			.contains("shares no border");
		assertThat(TestDatabase.fingerprint()).isEqualTo(before);
	}

	@Test
	void shouldRejectALayerWhoseSrsIsNotRdNew() {
		String before = TestDatabase.fingerprint();
		TestGeoPackage wgs84 = new TestGeoPackage().epsg(4326)
			.wijk(Row.land("WK999901", "Wijk 01 Kern", TESTDORP, "Testdorp", TestGeoPackage.square(5, 52, 0.01)))
			.buurt(Row.land("BU99990101", "Kern", TESTDORP, "Testdorp", TestGeoPackage.square(5, 52, 0.01)));

		ImportException refused = catchThrowableOfType(ImportException.class,
				() -> importGeoPackage(wgs84.write(this.directory, "wgs84_2025.gpkg"), null));

		assertThat(refused.problems()).extracting(Problem::toString)
			.contains("wgs84_2025.gpkg: layer buurten: wrong CRS: the geometry SRS is EPSG:4326 (srs_id 4326); "
					+ "expected EPSG:28992 (RD New)");
		assertThat(TestDatabase.fingerprint()).isEqualTo(before);
	}

	private ImportResult importGeoPackage(Path file, Path mapping) {
		List<Path> files = (mapping != null) ? List.of(file, mapping) : List.of(file);
		return new AreaImporter(this.dataSource).importFiles(files, ImportOptions.defaults().withGemeente(TESTDORP));
	}

	/**
	 * Testdorp: two wijken of two buurten each, a water row, and a neighbour gemeente
	 * GM9998.
	 */
	private static TestGeoPackage testdorp(boolean withBuurt0202) {
		TestGeoPackage gpkg = new TestGeoPackage()
			.gemeente(Row.land(null, null, TESTDORP, "Testdorp", TestGeoPackage.square(100000, 400000, 2000)))
			.gemeente(Row.land(null, null, "GM9998", "Anderdorp", TestGeoPackage.square(120000, 400000, 1000)))
			.wijk(Row.land("WK999901", "Wijk 01 Kern", TESTDORP, "Testdorp", rectangle(100000, 400000)))
			.wijk(Row.land("WK999902", "Wijk 02 Noord", TESTDORP, "Testdorp", rectangle(100000, 401000)))
			.wijk(Row.land("WK999801", "Wijk 01 Anderdorp", "GM9998", "Anderdorp",
					TestGeoPackage.square(120000, 400000, 1000)))
			.buurt(Row.land("BU99990101", "Kern-West", TESTDORP, "Testdorp",
					TestGeoPackage.square(100000, 400000, 1000)))
			.buurt(new Row("BU99990101", "Kern-West", TESTDORP, "Testdorp", "JA",
					TestGeoPackage.square(99000, 400000, 1000)))
			.buurt(Row.land("BU99990102", "Kern-Oost", TESTDORP, "Testdorp",
					TestGeoPackage.square(101000, 400000, 1000)))
			.buurt(Row.land("BU99990201", "Noord-West", TESTDORP, "Testdorp",
					TestGeoPackage.square(100000, 401000, 1000)))
			.buurt(Row.land("BU99980101", "Anderdorp", "GM9998", "Anderdorp",
					TestGeoPackage.square(120000, 400000, 1000)));
		if (withBuurt0202) {
			gpkg.buurt(Row.land("BU99990202", "Noord-Oost", TESTDORP, "Testdorp",
					TestGeoPackage.square(101000, 401000, 1000)));
		}
		return gpkg;
	}

	private static String rectangle(double x, double y) {
		return "MULTIPOLYGON (((" + x + " " + y + ", " + (x + 2000) + " " + y + ", " + (x + 2000) + " " + (y + 1000)
				+ ", " + x + " " + (y + 1000) + ", " + x + " " + y + ")))";
	}

}
