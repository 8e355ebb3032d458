package nl.wijkatlas.geodata.area;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.ImportLimits;
import nl.wijkatlas.geodata.Problem;
import nl.wijkatlas.geodata.support.GeoJsonFiles;
import nl.wijkatlas.geodata.support.Refusals;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each bad file is refused with a message naming the file, the feature and the problem,
 * and the database is left exactly as it was. The files are edited copies of the bundled
 * Zwolle layers, forced past the already-imported shortcut.
 */
class BadFileImportTest {

	private static DataSource dataSource;

	@TempDir
	Path directory;

	@BeforeAll
	static void importZwolle() {
		dataSource = TestDatabase.dataSource();
		BundledZwolle.importInto(dataSource);
	}

	@Test
	void shouldRejectSelfIntersectingBuurtAndLeaveDatabaseUnchanged() {
		Path buurten = buurten((tree) -> GeoJsonFiles.feature(tree, "BU01931010")
			.set("geometry", GeoJsonFiles.json("{\"type\":\"Polygon\",\"coordinates\":[[[202600,503150],"
					+ "[203300,503250],[203300,503150],[202600,503250],[202600,503150]]]}")));

		assertRefused(buurten, wijken(), "zwolle_buurten.geojson: features[1] BU01931010: the geometry is invalid: "
				+ "Self-intersection at or near (202950, 503200)");
	}

	@Test
	void shouldRejectWrongCrsAndLeaveDatabaseUnchanged() {
		Path buurten = buurten((tree) -> tree.set("crs",
				GeoJsonFiles.json("{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}}")));

		assertRefused(buurten, wijken(),
				"zwolle_buurten.geojson: crs: wrong CRS: the file declares 'urn:ogc:def:crs:EPSG::3857'");
	}

	@Test
	void shouldRejectMetreCoordinatesWithoutCrsAsMissingCrs() {
		Path buurten = buurten((tree) -> tree.remove("crs"));

		assertRefused(buurten, wijken(),
				"zwolle_buurten.geojson: features[0] BU01931000: missing CRS: the file has no crs member");
	}

	@Test
	void shouldRejectDuplicateCodesAndLeaveDatabaseUnchanged() {
		Path buurten = buurtenWithStatcode("BU01931010", "BU01931000");

		assertRefused(buurten, wijken(), "zwolle_buurten.geojson: features[1] BU01931000: duplicate code "
				+ "BU01931000: features[0] has it too");
	}

	@Test
	void shouldRejectBuurtWhoseWijkIsMissing() {
		Path buurten = buurtenWithStatcode("BU01931010", "BU01939900");

		assertRefused(buurten, wijken(), "zwolle_buurten.geojson: features[1] BU01939900: buurt BU01939900 has no "
				+ "wijk WK019399: that wijk is not in zwolle_wijken.geojson");
	}

	@Test
	void shouldRejectTruncatedJsonWithLineAndColumn() {
		String text = GeoJsonFiles.text(GeoJsonFiles.BUURTEN);
		Path buurten = GeoJsonFiles.write(this.directory, "zwolle_buurten.geojson",
				text.substring(0, text.length() / 2));

		assertRefused(buurten, wijken(), "zwolle_buurten.geojson: truncated JSON (the file ends too early) at line");
	}

	@Test
	void shouldRejectEmptyFile() {
		Path buurten = GeoJsonFiles.write(this.directory, "zwolle_buurten.geojson", "");

		assertRefused(buurten, wijken(), "zwolle_buurten.geojson: file is empty");
	}

	@Test
	void shouldReportEveryProblemNotJustTheFirst() {
		Path buurten = buurten((tree) -> {
			((ObjectNode) GeoJsonFiles.feature(tree, "BU01931000").get("properties")).put("statnaam", " ");
			GeoJsonFiles.feature(tree, "BU01931010").putNull("geometry");
		});

		ImportException refused = importRefused(buurten, wijken());

		assertThat(refused.problems()).extracting(Problem::toString)
			.contains("zwolle_buurten.geojson: features[0] BU01931000: the name is missing or blank",
					"zwolle_buurten.geojson: features[1] BU01931010: the geometry is null");
	}

	@Test
	void shouldRefuseAFeatureWithMoreVerticesThanTheCap() {
		// 60,000 vertices on a circle inside BU01931010's neighbourhood: over the default
		// cap of 50,000, so the layer never reaches GraphQL as megabytes of geometry
		Path buurten = buurten((tree) -> GeoJsonFiles.feature(tree, "BU01931010")
			.set("geometry", GeoJsonFiles.json(circle(202950, 503200, 200, 60_000))));

		assertRefused(buurten, wijken(), "zwolle_buurten.geojson: features[1] BU01931010: the geometry has 60001 "
				+ "vertices; at most 50000 are accepted per feature (WIJKATLAS_IMPORT_MAX_VERTICES)");
	}

	@Test
	void shouldHonourAConfiguredVertexCap() {
		Path buurten = buurten((tree) -> GeoJsonFiles.feature(tree, "BU01931010")
			.set("geometry", GeoJsonFiles.json(circle(202950, 503200, 200, 300))));

		ImportException refused = importRefused(buurten, wijken(), new ImportLimits(100, 1.0));

		assertThat(refused.problems()).extracting(Problem::toString)
			.contains("zwolle_buurten.geojson: features[1] BU01931010: the geometry has 301 vertices; at most 100 "
					+ "are accepted per feature (WIJKATLAS_IMPORT_MAX_VERTICES)");
	}

	@Test
	void shouldRefuseBuurtenThatOverlapAndWriteNothing() {
		// BU01931010 made to cover BU01931000's ground as well as its own: every polygon
		// is valid on its own, only together are they wrong
		Path buurten = buurten((tree) -> GeoJsonFiles.feature(tree, "BU01931010")
			.set("geometry", GeoJsonFiles.feature(tree, "BU01931000").get("geometry").deepCopy()));

		ImportException refused = importRefused(buurten, wijken());

		assertThat(refused.getMessage())
			.contains("zwolle_buurten.geojson: features[0] BU01931000: overlaps " + "features[1] BU01931010 by ")
			.contains("m²; areas of one level may share at most 1.0 m² (WIJKATLAS_IMPORT_OVERLAP_TOLERANCE_M2)");
	}

	@Test
	void shouldAcceptAnOverlapWithinAConfiguredTolerance() {
		// Two squares in empty ground of Zwolle sharing 10 m × 10 m: refused at the
		// default 1 m², accepted with a tolerance of 150 m²
		Path buurten = buurten((tree) -> {
			GeoJsonFiles.feature(tree, "BU01931000").set("geometry", GeoJsonFiles.json(square(190000, 515000, 100)));
			GeoJsonFiles.feature(tree, "BU01931010").set("geometry", GeoJsonFiles.json(square(190090, 515090, 100)));
		});
		assertThat(importRefused(buurten, wijken()).getMessage()).contains("by 100.0 m²");

		ImportResult result = new AreaImporter(dataSource).importFiles(List.of(buurten, wijken()),
				ImportOptions.defaults()
					.withGemeente("GM0193")
					.withForce(true)
					.withLimits(new ImportLimits(50_000, 150)));

		assertThat(result.changed()).isTrue();
		// Back to the bundled boundaries for the other tests
		BundledZwolle.importInto(dataSource, true);
	}

	@Test
	void shouldNotFollowASymbolicLinkNorEchoWhatItPointsAt() throws Exception {
		Path secret = GeoJsonFiles.write(this.directory, "secret.txt", "root:x:0:0:root:/root:/bin/bash\n");
		Path buurten = Files.createSymbolicLink(this.directory.resolve("zwolle_buurten.geojson"), secret);

		ImportException refused = importRefused(buurten, wijken());

		assertThat(refused.getMessage()).contains("zwolle_buurten.geojson: is a symbolic link; give the file itself")
			.doesNotContain("root:x");
	}

	@Test
	void shouldReportADirectoryAsADirectory() throws Exception {
		Path buurten = Files.createDirectory(this.directory.resolve("zwolle_buurten.geojson"));

		assertThat(importRefused(buurten, wijken()).getMessage())
			.endsWith("zwolle_buurten.geojson: is a directory, not a file");
	}

	private static String circle(double x, double y, double radius, int vertices) {
		StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
		for (int i = 0; i <= vertices; i++) {
			double angle = 2 * Math.PI * (i % vertices) / vertices;
			ring.append((i > 0) ? "," : "")
				.append('[')
				.append(x + radius * Math.cos(angle))
				.append(',')
				.append(y + radius * Math.sin(angle))
				.append(']');
		}
		return ring.append("]]}").toString();
	}

	private static String square(double x, double y, double size) {
		return "{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y + "],[" + (x + size) + "," + y + "],["
				+ (x + size) + "," + (y + size) + "],[" + x + "," + (y + size) + "],[" + x + "," + y + "]]]}";
	}

	private void assertRefused(Path buurten, Path wijken, String expected) {
		Refusals.assertNamed(importRefused(buurten, wijken), expected);
	}

	private ImportException importRefused(Path buurten, Path wijken) {
		return importRefused(buurten, wijken, ImportLimits.DEFAULTS);
	}

	private ImportException importRefused(Path buurten, Path wijken, ImportLimits limits) {
		return Refusals.refused(TestDatabase::fingerprint,
				() -> new AreaImporter(dataSource).importFiles(List.of(buurten, wijken),
						ImportOptions.defaults().withGemeente("GM0193").withForce(true).withLimits(limits)));
	}

	/** The buurten with the statcode of one buurt changed. */
	private Path buurtenWithStatcode(String buurt, String statcode) {
		return buurten(
				(tree) -> ((ObjectNode) GeoJsonFiles.feature(tree, buurt).get("properties")).put("statcode", statcode));
	}

	private Path buurten(Consumer<ObjectNode> editor) {
		return GeoJsonFiles.edited(this.directory, GeoJsonFiles.BUURTEN, "zwolle_buurten.geojson", editor);
	}

	private Path wijken() {
		return GeoJsonFiles.copy(this.directory, GeoJsonFiles.WIJKEN, "zwolle_wijken.geojson");
	}

}
