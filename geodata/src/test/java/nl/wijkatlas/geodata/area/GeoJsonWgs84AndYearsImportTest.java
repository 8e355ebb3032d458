package nl.wijkatlas.geodata.area;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.support.GeoJsonFiles;
import nl.wijkatlas.geodata.support.SmallGeoJson;
import nl.wijkatlas.geodata.support.TestDatabase;
import nl.wijkatlas.geodata.support.TestGeoPackage.Row;
import nl.wijkatlas.geodata.support.TestGeoPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static nl.wijkatlas.geodata.support.SmallGeoJson.collection;
import static nl.wijkatlas.geodata.support.SmallGeoJson.feature;
import static nl.wijkatlas.geodata.support.SmallGeoJson.square;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 7946 input reprojected by PostGIS, and boundary years, on the fake gemeente GM9999.
 */
@ExtendWith(TestGeoGemeenten.class)
class GeoJsonWgs84AndYearsImportTest {

	private final DataSource dataSource = TestDatabase.dataSource();

	@TempDir
	Path directory;

	@Test
	void shouldReprojectLonLatGeoJsonToRdNewInPostgis() {
		Path buurten = GeoJsonFiles.write(this.directory, "buurten.geojson",
				collection(null, feature("BU99990101", "Kern", square(6.08, 52.51, 0.01)).replace("GM0999", "GM9999")));
		Path wijken = GeoJsonFiles.write(this.directory, "wijken.geojson", collection(null,
				feature("WK999901", "Wijk 01", square(6.08, 52.51, 0.01)).replace("GM0999", "GM9999")));

		ImportResult result = new AreaImporter(this.dataSource).importFiles(List.of(buurten, wijken),
				ImportOptions.defaults().withGemeenteName("Testdorp"));

		assertThat(result.gemeenteCode()).isEqualTo("GM9999");
		assertThat(result.boundaryYear()).isEqualTo(2025);
		assertThat(TestDatabase.queryString("select ST_SRID(geom_rd) || ' ' || round(ST_XMin(geom_rd)) || ' ' "
				+ "|| round(ST_YMin(geom_rd)) from area_boundary where area_code = 'BU99990101'"))
			.isEqualTo(TestDatabase.queryString("select '28992 ' || round(ST_XMin(p)) || ' ' || round(ST_YMin(p)) "
					+ "from (select ST_Transform(ST_MakeEnvelope(6.08, 52.51, 6.09, 52.52, 4326), 28992) as p) t"));
		assertThat(TestDatabase.queryString("select round(ST_X(ST_Centroid(geom_wgs84))::numeric, 3) from "
				+ "area_boundary where area_code = 'BU99990101'"))
			.isEqualTo("6.085");
	}

	@Test
	void shouldMakeTheImportedYearCurrentAndKeepOlderYears() {
		importYear(2024, "Kern");
		String versions = TestDatabase.rowVersions();

		ImportResult result = importYear(2025, "Kern-Nieuw");

		assertThat(result.changed()).isTrue();
		assertThat(TestDatabase.rowVersions()).isNotEqualTo(versions);
		assertThat(TestDatabase.queryString("select string_agg(boundary_year || ':' || is_current, ',' "
				+ "order by boundary_year) from area_boundary where area_code = 'BU99990101'"))
			.isEqualTo("2024:false,2025:true");
		assertThat(TestDatabase.queryString("select name from area where code = 'BU99990101'")).isEqualTo("Kern-Nieuw");
		assertThat(TestDatabase.queryLong("select count(*) from area_boundary b join area a on a.code = b.area_code "
				+ "where a.gemeente_code = 'GM9999' and b.is_current"))
			.isEqualTo(3);
	}

	private ImportResult importYear(int year, String buurtName) {
		Path file = new TestGeoPackage()
			.wijk(Row.land("WK999901", "Wijk 01", "GM9999", "Testdorp", TestGeoPackage.square(100000, 400000, 1000)))
			.buurt(Row.land("BU99990101", buurtName, "GM9999", "Testdorp", TestGeoPackage.square(100000, 400000, 1000)))
			.write(this.directory, "wijkenbuurten_" + year + ".gpkg");
		return new AreaImporter(this.dataSource).importFiles(List.of(file),
				ImportOptions.defaults().withGemeente("GM9999"));
	}

}
