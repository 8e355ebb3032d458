package nl.wijkatlas.tiles;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vector tiles as a product: TileJSON 3.0.0 per layer, a MapLibre style drawing the areas
 * with their names, numeric feature ids, and gzip for tiles and {@code /data} downloads
 * with per-encoding strong ETags (a 304 only for the validator of the encoding asked
 * for).
 */
@WijkatlasIntegrationTest
class TileProductIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A z12 tile over Holtenbroek, Zwolle. */
	private static final String TILE = "/tiles/buurten/12/2117/1343.mvt";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void shouldDescribeEveryLayerAsTileJson() throws Exception {
		HttpResponse<String> response = get("/tiles/buurten.json", null, null);
		JsonNode json = JSON.readTree(response.body());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(json.get("tilejson").asString()).isEqualTo("3.0.0");
		assertThat(json.at("/tiles/0").asString())
			.isEqualTo("http://localhost:" + this.port + "/tiles/buurten/{z}/{x}/{y}.mvt");
		assertThat(json.get("minzoom").asInt()).isZero();
		assertThat(json.get("maxzoom").asInt()).isEqualTo(16);
		// Geldrop-Mierlo in the south-west to Zwolle in the north-east
		assertThat(json.at("/bounds/0").asDouble()).isBetween(5.4, 5.7);
		assertThat(json.at("/bounds/1").asDouble()).isBetween(51.3, 51.5);
		assertThat(json.at("/bounds/2").asDouble()).isBetween(6.1, 6.3);
		assertThat(json.at("/bounds/3").asDouble()).isBetween(52.5, 52.7);
		assertThat(json.at("/center").size()).isEqualTo(3);
		assertThat(json.get("attribution").asString()).contains("Kadaster");
		assertThat(json.at("/vector_layers/0/id").asString()).isEqualTo("buurten");
		assertThat(json.at("/vector_layers/0/fields/name").asString()).isEqualTo("String");
		assertThat(json.at("/vector_layers/0/fields/code").asString()).isEqualTo("String");
	}

	@Test
	void shouldPassIndicatorParametersOnToTheTemplateAndDescribeTheirFields() throws Exception {
		JsonNode json = JSON
			.readTree(get("/tiles/wijken.json?indicator=AantalInwoners_5&gemeente=GM0193", null, null).body());

		assertThat(json.at("/tiles/0").asString())
			.endsWith("/tiles/wijken/{z}/{x}/{y}.mvt?indicator=AantalInwoners_5&gemeente=GM0193");
		assertThat(json.at("/vector_layers/0/fields/value").asString()).isEqualTo("Number");
		// Zwolle only
		assertThat(json.at("/bounds/1").asDouble()).isGreaterThan(52.4);
	}

	@Test
	void shouldAnswerAnUnknownLayer404() throws Exception {
		HttpResponse<String> response = get("/tiles/provincies.json", null, null);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void shouldServeAMapLibreStyleThatDrawsTheAreasWithNames() throws Exception {
		JsonNode style = JSON.readTree(get("/tiles/style.json", null, null).body());

		assertThat(style.get("version").asInt()).isEqualTo(8);
		assertThat(style.at("/sources/buurten/url").asString())
			.isEqualTo("http://localhost:" + this.port + "/tiles/buurten.json");
		assertThat(style.at("/sources/buurten/type").asString()).isEqualTo("vector");
		assertThat(style.get("glyphs").asString()).contains("{fontstack}").contains("{range}");
		Set<String> labelled = new HashSet<>();
		for (JsonNode layer : style.get("layers")) {
			if (!layer.get("type").asString().equals("background")) {
				assertThat(style.at("/sources/" + layer.get("source").asString()).isMissingNode()).isFalse();
			}
			if (layer.get("type").asString().equals("symbol")) {
				assertThat(layer.at("/layout/text-field").toString()).isEqualTo("[\"get\",\"name\"]");
				labelled.add(layer.get("source-layer").asString());
			}
		}
		assertThat(labelled).contains("wijken", "buurten");
	}

	@Test
	void shouldGiveEveryTileFeatureAStableNumericId() throws Exception {
		byte[] tile = this.http
			.send(HttpRequest.newBuilder(URI.create(url(TILE))).build(), HttpResponse.BodyHandlers.ofByteArray())
			.body();
		List<MvtDecoder.Feature> features = MvtDecoder.decode(tile).get("buurten").features();

		assertThat(features).isNotEmpty();
		Set<Long> ids = new HashSet<>();
		for (MvtDecoder.Feature feature : features) {
			assertThat(feature.id()).as("%s", feature.properties()).isPositive().isLessThan(1L << 53);
			ids.add(feature.id());
		}
		assertThat(ids).hasSameSizeAs(features);
		byte[] again = this.http
			.send(HttpRequest.newBuilder(URI.create(url(TILE))).header("Cache-Control", "no-cache").build(),
					HttpResponse.BodyHandlers.ofByteArray())
			.body();
		assertThat(MvtDecoder.decode(again).get("buurten").features().get(0).id()).isEqualTo(features.get(0).id());
	}

	@ParameterizedTest
	@ValueSource(strings = { TILE, "/data/areas/buurt.geojson", "/data/indicators/AantalInwoners_5.csv?level=wijk" })
	void shouldGzipWhenTheClientAcceptsItWithAnEtagPerEncoding(String path) throws Exception {
		HttpResponse<byte[]> plain = bytes(path, null, null);
		HttpResponse<byte[]> zipped = bytes(path, "gzip, deflate, br", null);

		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(String.join(",", zipped.headers().allValues("Vary"))).containsIgnoringCase("Accept-Encoding");
		byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
		assertThat(unzipped).isEqualTo(plain.body());
		if (!path.endsWith(".mvt")) {
			assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
		}

		String plainEtag = plain.headers().firstValue("ETag").orElseThrow();
		String zippedEtag = zipped.headers().firstValue("ETag").orElseThrow();
		assertThat(plainEtag).doesNotStartWith("W/");
		assertThat(zippedEtag).doesNotStartWith("W/").isNotEqualTo(plainEtag);
		assertThat(bytes(path, "gzip", zippedEtag).statusCode()).isEqualTo(304);
		assertThat(bytes(path, null, plainEtag).statusCode()).isEqualTo(304);
		// a validator of the other encoding never revalidates these bytes
		assertThat(bytes(path, null, zippedEtag).statusCode()).isEqualTo(200);
		assertThat(bytes(path, "gzip", plainEtag).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path, String acceptEncoding, String ifNoneMatch) throws Exception {
		return this.http.send(request(path, acceptEncoding, ifNoneMatch), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> bytes(String path, String acceptEncoding, String ifNoneMatch) throws Exception {
		return this.http.send(request(path, acceptEncoding, ifNoneMatch), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest request(String path, String acceptEncoding, String ifNoneMatch) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path)));
		if (acceptEncoding != null) {
			builder.header("Accept-Encoding", acceptEncoding);
		}
		if (ifNoneMatch != null) {
			builder.header("If-None-Match", ifNoneMatch);
		}
		return builder.build();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
