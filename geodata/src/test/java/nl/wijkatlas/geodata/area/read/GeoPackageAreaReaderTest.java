package nl.wijkatlas.geodata.area.read;

import java.nio.file.Path;

import nl.wijkatlas.geodata.Problem;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.Srid;
import nl.wijkatlas.geodata.area.AreaFeature;
import nl.wijkatlas.geodata.support.GeoJsonFiles;
import nl.wijkatlas.geodata.support.TestGeoPackage.Row;
import nl.wijkatlas.geodata.support.TestGeoPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GeoPackageAreaReaderTest {

	@TempDir
	Path directory;

	private final Problems problems = new Problems();

	@Test
	void shouldReadOnlyTheLandRowsOfTheChosenGemeente() {
		Path file = new TestGeoPackage()
			.wijk(Row.land("WK999901", "Wijk 01", "GM9999", "Testdorp", TestGeoPackage.square(100000, 400000, 1000)))
			.wijk(Row.land("WK999801", "Wijk 01", "GM9998", "Anderdorp", TestGeoPackage.square(120000, 400000, 1000)))
			.buurt(Row.land("BU99990101", "Kern", "GM9999", "Testdorp", TestGeoPackage.square(100000, 400000, 1000)))
			.buurt(new Row("BU99990101", "Kern", "GM9999", "Testdorp", "JA",
					TestGeoPackage.square(99000, 400000, 1000)))
			.buurt(Row.land("BU99980101", "Ander", "GM9998", "Anderdorp", TestGeoPackage.square(120000, 400000, 1000)))
			.write(this.directory, "wb.gpkg");

		GeoPackageContent content = new GeoPackageAreaReader().read(file, "GM9999", this.problems);

		assertThat(this.problems.list()).isEmpty();
		assertThat(content.gemeenteName()).isEqualTo("Testdorp");
		assertThat(content.wijken().features()).extracting(AreaFeature::code).containsExactly("WK999901");
		assertThat(content.buurten().features()).hasSize(1);
		AreaFeature buurt = content.buurten().features().get(0);
		assertThat(buurt.code()).isEqualTo("BU99990101");
		assertThat(buurt.parentCode()).isEqualTo("WK999901");
		assertThat(buurt.srid()).isEqualTo(Srid.RD_NEW);
		assertThat(buurt.geometry().getEnvelopeInternal().getMinX()).isEqualTo(100000);
		assertThat(buurt.featureRef()).startsWith("buurten fid ");
	}

	@Test
	void shouldTakeTheGemeenteNameFromTheGemeentenLayerWhenRowsLackIt() {
		Path file = new TestGeoPackage()
			.gemeente(Row.land(null, null, "GM9999", "Testdorp", TestGeoPackage.square(100000, 400000, 1000)))
			.wijk(Row.land("WK999901", "Wijk 01", "GM9999", null, TestGeoPackage.square(100000, 400000, 1000)))
			.buurt(Row.land("BU99990101", "Kern", "GM9999", null, TestGeoPackage.square(100000, 400000, 1000)))
			.write(this.directory, "wb.gpkg");

		assertThat(new GeoPackageAreaReader().read(file, "GM9999", this.problems).gemeenteName()).isEqualTo("Testdorp");
	}

	@Test
	void shouldRejectAFileThatIsNoGeoPackage() {
		Path file = GeoJsonFiles.write(this.directory, "kapot.gpkg", "not sqlite");

		GeoPackageContent content = new GeoPackageAreaReader().read(file, "GM9999", this.problems);

		assertThat(content.buurten().readable()).isFalse();
		assertThat(this.problems.list()).extracting(Problem::toString)
			.anySatisfy((problem) -> assertThat(problem).startsWith("kapot.gpkg: not a readable GeoPackage"));
	}

}
