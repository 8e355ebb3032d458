package nl.wijkatlas.opendata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static nl.wijkatlas.support.Gdal.ogr2ogr;
import static nl.wijkatlas.support.Gdal.ogrinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Loads the OGC API with a real client: GDAL's {@code ogrinfo} (OAPIF driver) and
 * {@code ogr2ogr} (Debian's {@code gdal-bin}, which {@code ./wijkatlas test} installs)
 * against this application on a random port. Fails — never skips — when they are missing.
 */
@WijkatlasIntegrationTest
class OgcApiGdalClientIntegrationTest {

	private static final Pattern FEATURE_COUNT = Pattern.compile("Feature Count: (\\d+)");

	@LocalServerPort
	int port;

	@Test
	void shouldListOneLayerPerAreaLevel() {
		String output = ogrinfo("-ro", "-q", dataset());

		assertThat(output).contains("gemeenten", "stadsdelen", "wijken", "buurten", "gebieden");
	}

	@Test
	void shouldReportTheWijkenOfBothGemeentenWithTheirAttributes() {
		String output = ogrinfo("-ro", "-so", dataset(), "wijken");

		assertThat(output).contains("Layer name: wijken", "Geometry: Multi Polygon", "code: String", "name: String",
				"parent_code: String", "boundary_year: Integer");
		// Zwolle's 16 and Geldrop-Mierlo's 2: from Geldrop in the south-west to Zwolle.
		assertThat(featureCount(output)).isEqualTo(18);
		assertThat(output).containsPattern("Extent: \\(5\\.\\d+, 51\\.\\d+\\) - \\(6\\.\\d+, 52\\.\\d+\\)");
	}

	@Test
	void shouldReportTheBuurtenOfBothGemeenten() {
		assertThat(featureCount(ogrinfo("-ro", "-so", dataset(), "buurten"))).isEqualTo(78 + 15);
	}

	@Test
	void shouldLetGdalReadEveryBuurtPageByPage() {
		String output = ogrinfo("-ro", "-al", "-geom=NO", dataset(), "buurten");

		assertThat(count(output, "OGRFeature(buurten):")).isEqualTo(78 + 15);
		assertThat(output).contains("code (String) = BU01933000", "name (String) = Holtenbroek IV");
	}

	@Test
	void shouldLetGdalFilterByBoundingBox() {
		String output = ogrinfo("-ro", "-al", "-geom=NO", "-spat", "6.0885", "52.5215", "6.0893", "52.5221", dataset(),
				"wijken");

		assertThat(count(output, "OGRFeature(wijken):")).isEqualTo(1);
		assertThat(output).contains("code (String) = WK019330");
	}

	@Test
	void shouldLetGdalSelectTheBuurtenOfOneWijkWithWhere() {
		// GDAL 3.6 evaluates -where itself here (its OAPIF driver knows only the draft
		// cql-text); the answer must be the same as the server's CQL2 filter gives.
		String output = ogrinfo("-ro", "-al", "-geom=NO", "-where", "parent_code = 'WK019330'", dataset(), "buurten");
		String viaFilter = ogrinfo("-ro", "-al", "-geom=NO", "http://localhost:" + this.port
				+ "/ogc/collections/buurten/items?limit=1000&filter=" + "parent_code%3D%27WK019330%27");

		int buurten = count(output, "OGRFeature(buurten):");
		assertThat(buurten).isPositive().isEqualTo(count(output, "parent_code (String) = WK019330"));
		assertThat(count(viaFilter, "parent_code (String) = WK019330")).isEqualTo(buurten);
	}

	@Test
	void shouldLetOgr2ogrReadTheWijkenInRdNewMetres() {
		// No -t_srs: the coordinates are what the server sent for crs=EPSG:28992. GDAL
		// 3.6's
		// OAPIF driver has no CRS option yet, so ogr2ogr reads the items URL as GeoJSON.
		String url = "http://localhost:" + this.port + "/ogc/collections/wijken/items?gemeente=GM0193&crs="
				+ "http://www.opengis.net/def/crs/EPSG/0/28992";
		String csv = ogr2ogr("-f", "CSV", "/vsistdout/", url, "-lco", "GEOMETRY=AS_WKT", "-select", "code");

		assertThat(count(csv, "MULTIPOLYGON")).isEqualTo(16);
		Matcher coordinate = Pattern.compile("\\(\\(\\((\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?)").matcher(csv);
		int checked = 0;
		while (coordinate.find()) {
			// Zwolle in RD New: x about 200 km, y about 500 km.
			assertThat(Double.parseDouble(coordinate.group(1))).isBetween(190_000.0, 215_000.0);
			assertThat(Double.parseDouble(coordinate.group(2))).isBetween(490_000.0, 515_000.0);
			checked++;
		}
		assertThat(checked).isEqualTo(16);
		assertThat(csv).contains("WK019330");
	}

	private String dataset() {
		return "OAPIF:http://localhost:" + this.port + "/ogc";
	}

	private static int featureCount(String output) {
		Matcher matcher = FEATURE_COUNT.matcher(output);
		assertThat(matcher.find()).as("a feature count in:%n%s", output).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static int count(String text, String what) {
		int count = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
			count++;
		}
		return count;
	}

}
