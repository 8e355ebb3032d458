package nl.wijkatlas.tiles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static nl.wijkatlas.support.Gdal.ogrinfo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GIS client reads the vector tiles the way the TileJSON describes them: GDAL's
 * {@code ogrinfo} (MVT driver) opens a tile from the TileJSON's URL template, finds the
 * layer and fields that {@code vector_layers} promises, and places the tile where the
 * z/x/y says (Web Mercator metres around Holtenbroek).
 */
@WijkatlasIntegrationTest
class TileGdalClientIntegrationTest {

	/** Holtenbroek IV, Zwolle. */
	private static final double LON = 6.0889;

	private static final double LAT = 52.5218;

	private static final int ZOOM = 12;

	private static final Pattern EXTENT = Pattern
		.compile("Extent: \\((-?[\\d.]+), (-?[\\d.]+)\\) - \\((-?[\\d.]+), (-?[\\d.]+)\\)");

	@LocalServerPort
	int port;

	@Test
	void shouldLetOgrinfoReadATileWithTheLayerAndFieldsTheTileJsonDescribes() throws Exception {
		JsonNode tileJson = JsonMapper.builder()
			.build()
			.readTree(RestClient.create()
				.get()
				.uri("http://localhost:" + this.port + "/tiles/buurten.json")
				.retrieve()
				.body(String.class));
		JsonNode layer = tileJson.path("vector_layers").get(0);
		int x = (int) Math.floor((LON + 180) / 360 * (1 << ZOOM));
		double latRad = Math.toRadians(LAT);
		int y = (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * (1 << ZOOM));
		String url = tileJson.path("tiles")
			.get(0)
			.asString()
			.replace("{z}", String.valueOf(ZOOM))
			.replace("{x}", String.valueOf(x))
			.replace("{y}", String.valueOf(y));

		String output = ogrinfo("-ro", "-al", "-geom=NO", "/vsicurl/" + url);

		assertThat(output).contains("using driver `MVT' successful", "Layer name: " + layer.path("id").asString(),
				"ID[\"EPSG\",3857]]");
		for (String field : layer.path("fields").propertyNames()) {
			assertThat(output).as("field %s", field).contains("  " + field + " (");
		}
		assertThat(output).contains("code (String) = BU01933000", "name (String) = Holtenbroek IV");
		Matcher extent = EXTENT.matcher(output);
		assertThat(extent.find()).as("an extent in:%n%s", output).isTrue();
		double mercatorX = Math.toRadians(LON) * 6378137;
		double mercatorY = Math.log(Math.tan(Math.PI / 4 + latRad / 2)) * 6378137;
		assertThat(mercatorX).isBetween(Double.parseDouble(extent.group(1)), Double.parseDouble(extent.group(3)));
		assertThat(mercatorY).isBetween(Double.parseDouble(extent.group(2)), Double.parseDouble(extent.group(4)));
	}

}
