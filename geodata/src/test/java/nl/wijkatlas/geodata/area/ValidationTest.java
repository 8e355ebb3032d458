package nl.wijkatlas.geodata.area;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.Problem;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.support.GeoJsonFiles;
import nl.wijkatlas.geodata.support.NoDatabase;
import nl.wijkatlas.geodata.support.SmallGeoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static nl.wijkatlas.geodata.support.SmallGeoJson.RD;
import static nl.wijkatlas.geodata.support.SmallGeoJson.collection;
import static nl.wijkatlas.geodata.support.SmallGeoJson.feature;
import static nl.wijkatlas.geodata.support.SmallGeoJson.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every kind of problem in a file, each in a small bad file written here, is reported
 * with the file, the feature and the problem, before any database is touched (the
 * importer here has none).
 */
class ValidationTest {

	private static final String BUURTEN = "buurten.geojson";

	@TempDir
	Path directory;

	@Test
	void shouldPassTheSmallDatasetOnToTheDatabase() {
		ImportException failed = importFails(SmallGeoJson.buurten(), SmallGeoJson.wijken());

		assertThat(failed.problems()).isEmpty();
		assertThat(failed.getMessage()).contains("no database in unit tests");
	}

	@Test
	void shouldRejectAnEmptyFile() {
		assertProblem("", "buurten.geojson: file is empty");
	}

	@Test
	void shouldRejectTruncatedJsonSayingWhere() {
		String text = SmallGeoJson.buurten();
		assertProblem(text.substring(0, text.indexOf("Kern-Oost")),
				"buurten.geojson: truncated JSON (the file ends too early) at line 3, column ");
	}

	@Test
	void shouldRejectMalformedJsonSayingWhere() {
		assertProblem(SmallGeoJson.buurten().replace("\"Kern-Oost\"", "Kern-Oost"),
				"buurten.geojson: malformed JSON at line 3, column ");
	}

	@Test
	void shouldRejectJsonThatIsNotAFeatureCollection() {
		assertProblem(feature("BU09990101", "Kern-West", square(100000, 400000, 1000)),
				"buurten.geojson: not a GeoJSON FeatureCollection (type is 'Feature')");
	}

	@Test
	void shouldRejectAMissingOrBlankCodeOrName() {
		ImportException refused = importFails(buurtenWith(feature(null, "Zonder code", square(100000, 402000, 500)),
				feature("BU09990103", " ", square(102000, 400000, 500))), SmallGeoJson.wijken());

		assertThat(problems(refused)).contains("buurten.geojson: features[3]: the code is missing or blank",
				"buurten.geojson: features[4] BU09990103: the name is missing or blank");
	}

	@Test
	void shouldRejectACodeThatDoesNotMatchItsLevel() {
		assertProblem(buurtenWith(feature("BU099901", "Kort", square(102000, 400000, 500))),
				"buurten.geojson: features[3] BU099901: code 'BU099901' is not a buurt code (BU + 8 digits)");
		assertWijkProblem(
				collection(RD, feature("WK099901", "Wijk 01 Kern", square(100000, 400000, 2000)),
						feature("WK0999002", "Wijk 02 Noord", square(100000, 401000, 1000))),
				"wijken.geojson: features[1] WK0999002: code 'WK0999002' is not a wijk code (WK + 6 digits)");
	}

	@Test
	void shouldRejectABuurtOfAnotherGemeente() {
		assertProblem(buurtenWith(feature("BU01930101", "Elders", square(102000, 400000, 500))),
				"buurten.geojson: features[3] BU01930101: buurt BU01930101 belongs to gemeente GM0193, not to the "
						+ "gemeente being imported, GM0999");
	}

	@Test
	void shouldRejectDuplicateCodes() {
		assertProblem(buurtenWith(feature("BU09990101", "Nog eens", square(102000, 400000, 500))),
				"buurten.geojson: features[3] BU09990101: duplicate code BU09990101: features[0] has it too");
	}

	@Test
	void shouldRejectANullOrEmptyGeometry() {
		ImportException refused = importFails(
				buurtenWith(feature("BU09990103", "Leeg", "null"),
						feature("BU09990104", "Leeg", "{\"type\":\"Polygon\",\"coordinates\":[]}")),
				SmallGeoJson.wijken());

		assertThat(problems(refused)).contains("buurten.geojson: features[3] BU09990103: the geometry is null",
				"buurten.geojson: features[4] BU09990104: the geometry is empty");
	}

	@Test
	void shouldRejectAGeometryThatIsNoPolygon() {
		assertProblem(
				buurtenWith(feature("BU09990103", "Lijn",
						"{\"type\":\"LineString\",\"coordinates\":[[102000,400000],[102500,400500]]}")),
				"buurten.geojson: features[3] BU09990103: the geometry is a LineString; expected Polygon or MultiPolygon");
	}

	@Test
	void shouldRejectASelfIntersectingGeometryWithReasonAndLocation() {
		assertProblem(
				buurtenWith(feature("BU09990103", "Strik", "{\"type\":\"Polygon\",\"coordinates\":"
						+ "[[[102000,400000],[103000,401000],[103000,400000],[102000,401000],[102000,400000]]]}")),
				"buurten.geojson: features[3] BU09990103: the geometry is invalid: Self-intersection at or near "
						+ "(102500, 400500)");
	}

	@Test
	void shouldRejectAnInvalidGeometryWithItsReason() {
		assertProblem(
				buurtenWith(feature("BU09990103", "Gat buiten",
						"{\"type\":\"Polygon\",\"coordinates\":"
								+ "[[[102000,400000],[103000,400000],[103000,401000],[102000,400000]],"
								+ "[[104000,400000],[104500,400000],[104500,400500],[104000,400000]]]}")),
				"buurten.geojson: features[3] BU09990103: the geometry is invalid: Hole lies outside shell at or near "
						+ "(104000, 400000)");
	}

	@Test
	void shouldRejectARingThatIsNotClosed() {
		assertProblem(
				buurtenWith(feature("BU09990103", "Open",
						"{\"type\":\"Polygon\",\"coordinates\":"
								+ "[[[102000,400000],[103000,400000],[103000,401000],[102000,401000]]]}")),
				"buurten.geojson: features[3] BU09990103: geometry cannot be read: Points of LinearRing do not form "
						+ "a closed linestring");
	}

	@Test
	void shouldRejectAWrongCrs() {
		assertProblem(SmallGeoJson.buurten().replace(RD, "EPSG:3857"),
				"buurten.geojson: crs: wrong CRS: the file declares 'EPSG:3857'");
	}

	@Test
	void shouldRejectMetresWithoutCrsAsAMissingCrs() {
		assertProblem(
				SmallGeoJson.buurten()
					.replace("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + RD + "\"}}, ", ""),
				"buurten.geojson: features[0] BU09990101: missing CRS: the file has no crs member, so RFC 7946 "
						+ "longitude/latitude applies, but coordinate (100000, 400000) is not longitude/latitude");
	}

	@Test
	void shouldRejectCoordinatesOutsideTheRdNewExtent() {
		assertProblem(buurtenWith(feature("BU09990103", "Zee", square(100000, 700000, 1000))),
				"buurten.geojson: features[3] BU09990103: coordinate (100000, 700000) lies outside the RD New extent "
						+ "(x 0..300000, y 289000..629000)");
	}

	@Test
	void shouldRejectLonLatOutsideTheNetherlands() {
		String wgs84 = collection(null, feature("BU09990101", "Parijs", square(2.35, 48.85, 0.01)));
		assertProblem(wgs84, "buurten.geojson: features[0] BU09990101: coordinate (2.35, 48.85) lies outside the "
				+ "Netherlands in longitude/latitude");
	}

	@Test
	void shouldRejectABuurtWhoseWijkIsNotInTheWijkSource() {
		assertProblem(buurtenWith(feature("BU09999900", "Verweesd", square(102000, 400000, 500))),
				"buurten.geojson: features[3] BU09999900: buurt BU09999900 has no wijk WK099999: that wijk is not in "
						+ "wijken.geojson");
	}

	@Test
	void shouldRejectAWijkWithoutBuurten() {
		assertWijkProblem(
				collection(RD, feature("WK099901", "Wijk 01 Kern", square(100000, 400000, 2000)),
						feature("WK099902", "Wijk 02 Noord", square(100000, 401000, 1000)),
						feature("WK099903", "Wijk 03 Leeg", square(102000, 401000, 1000))),
				"wijken.geojson: features[2] WK099903: wijk WK099903 has no buurten in buurten.geojson");
	}

	@Test
	void shouldRejectAStadsdeelMappingThatDoesNotFit() {
		Path mapping = GeoJsonFiles.write(this.directory, "stadsdelen.csv",
				"wijk_code,stadsdeel_code,stadsdeel_name,basis,source_url,note\n"
						+ "WK099901,SD0999_KERN,Kern,STATED,https://example.org/kern,\n"
						+ "WK099901,SD0999_KERN,Centrum,STATED,https://example.org/kern,\n"
						+ "WK099977,SD0193_NOORD,Noord,PROVISIONAL,,\n");

		ImportException refused = importFails(SmallGeoJson.buurten(), SmallGeoJson.wijken(), mapping);

		assertThat(problems(refused)).contains("stadsdelen.csv: line 3: wijk WK099901 is mapped twice (also on line 2)",
				"stadsdelen.csv: line 3: stadsdeel SD0999_KERN is named 'Centrum' here but 'Kern' on an earlier line",
				"stadsdelen.csv: line 4: a PROVISIONAL membership needs a note saying why");
	}

	@Test
	void shouldReportAllProblemsUpToACap() {
		StringBuilder features = new StringBuilder();
		for (int i = 0; i < 150; i++) {
			features.append((i > 0) ? "," : "").append(feature("BU09990101", null, square(100000, 400000, 10)));
		}
		ImportException refused = importFails(collection(RD, features.toString()), SmallGeoJson.wijken());

		assertThat(refused.problems()).hasSize(Problems.MAX_PROBLEMS);
		assertThat(refused.getMessage()).contains("... and ").contains(" more");
	}

	private void assertProblem(String buurten, String expected) {
		assertThat(problems(importFails(buurten, SmallGeoJson.wijken())))
			.anySatisfy((problem) -> assertThat(problem).startsWith(expected));
	}

	private void assertWijkProblem(String wijken, String expected) {
		assertThat(problems(importFails(SmallGeoJson.buurten(), wijken)))
			.anySatisfy((problem) -> assertThat(problem).startsWith(expected));
	}

	private static String buurtenWith(String... extra) {
		String base = SmallGeoJson.buurten();
		return base.substring(0, base.lastIndexOf("\n]}")) + ",\n" + String.join(",\n", extra) + "\n]}";
	}

	private ImportException importFails(String buurten, String wijken, Path... mapping) {
		List<Path> files = new ArrayList<>(List.of(GeoJsonFiles.write(this.directory, BUURTEN, buurten),
				GeoJsonFiles.write(this.directory, "wijken.geojson", wijken)));
		files.addAll(List.of(mapping));
		ImportException failed = catchThrowableOfType(ImportException.class, () -> new AreaImporter(new NoDatabase())
			.importFiles(files, ImportOptions.defaults().withGemeente("GM0999").withGemeenteName("Testgemeente")));
		assertThat(failed).as("import failed").isNotNull();
		return failed;
	}

	private static List<String> problems(ImportException refused) {
		return refused.problems().stream().map(Problem::toString).toList();
	}

}
