package nl.wijkatlas.geodata;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.support.GeoJsonFiles;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each bad file is refused with a message naming the file, the feature and the problem,
 * and the database is left exactly as it was. The files are edited copies of the bundled
 * Zwolle layers, forced past the already-imported shortcut.
 */
class BadFileImportTest {

	private static DataSource dataSource;

	@TempDir
	Path directory;

	private String before;

	@BeforeAll
	static void importZwolle() {
		dataSource = TestDatabase.dataSource();
		BundledZwolle.importInto(dataSource);
	}

	@BeforeEach
	void fingerprint() {
		this.before = TestDatabase.fingerprint();
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
		Path buurten = buurten((tree) -> ((ObjectNode) GeoJsonFiles.feature(tree, "BU01931010").get("properties"))
			.put("statcode", "BU01931000"));

		assertRefused(buurten, wijken(), "zwolle_buurten.geojson: features[1] BU01931000: duplicate code "
				+ "BU01931000: features[0] has it too");
	}

	@Test
	void shouldRejectBuurtWhoseWijkIsMissing() {
		Path buurten = buurten((tree) -> ((ObjectNode) GeoJsonFiles.feature(tree, "BU01931010").get("properties"))
			.put("statcode", "BU01939900"));

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

	private void assertRefused(Path buurten, Path wijken, String expected) {
		ImportException refused = importRefused(buurten, wijken);
		assertThat(refused.problems()).extracting(Problem::toString)
			.anySatisfy((p) -> assertThat(p).startsWith(expected));
		assertThat(refused.getMessage()).contains(expected);
	}

	private ImportException importRefused(Path buurten, Path wijken) {
		ImportException refused = catchThrowableOfType(ImportException.class, () -> new AreaImporter(dataSource)
			.importFiles(List.of(buurten, wijken), ImportOptions.defaults().withGemeente("GM0193").withForce(true)));
		assertThat(refused).as("import refused").isNotNull();
		assertThat(TestDatabase.fingerprint()).as("database unchanged").isEqualTo(this.before);
		return refused;
	}

	private Path buurten(Consumer<ObjectNode> editor) {
		return GeoJsonFiles.edited(this.directory, GeoJsonFiles.BUURTEN, "zwolle_buurten.geojson", editor);
	}

	private Path wijken() {
		return GeoJsonFiles.copy(this.directory, GeoJsonFiles.WIJKEN, "zwolle_wijken.geojson");
	}

}
