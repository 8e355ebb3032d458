package nl.wijkatlas.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /data/areas/{level}.geojson} against the real PostGIS: a WGS84
 * FeatureCollection per level, written by the database, optionally with an indicator's
 * figures (missing ones null with status MISSING).
 */
@WijkatlasIntegrationTest
class OpenDataGeoJsonIntegrationTest {

	private static final Pattern COORDINATE = Pattern.compile("-?\\d+\\.(\\d+)");

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "wijk", "WIJK", "Wijk" })
	void shouldServeEveryWijkAsAFeatureCollectionWhateverTheCase(String level) throws Exception {
		this.mvc.perform(get("/data/areas/" + level + ".geojson"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/geo+json")))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.name").value("wijken"))
			.andExpect(jsonPath("$.licence").value("CC BY 4.0"))
			.andExpect(jsonPath("$.attribution").value(containsString("Kadaster")))
			// Zwolle's 16 and Geldrop-Mierlo's 2
			.andExpect(jsonPath("$.features.length()").value(18))
			.andExpect(jsonPath("$.features[*].geometry.type", everyItem(is("MultiPolygon"))))
			.andExpect(jsonPath("$.features[*].properties.level", everyItem(is("WIJK"))))
			.andExpect(jsonPath("$.features[?(@.id == 'WK019330')].properties.name").value("Wijk 30 Holtenbroek"))
			.andExpect(jsonPath("$.features[?(@.id == 'WK019330')].properties.parent_code").value("SD0193_NOORD"))
			.andExpect(jsonPath("$.features[?(@.id == 'WK019330')].properties.provisional").value(true))
			.andExpect(jsonPath("$.features[?(@.id == 'WK019330')].properties.boundary_year").value(2025))
			.andExpect(jsonPath("$.features[0].properties.code").exists())
			.andExpect(jsonPath("$.features[0].properties.licence").value("CC BY 4.0"));
	}

	@Test
	void shouldWriteWgs84CoordinatesWithAtMostSixDecimals() throws Exception {
		String body = this.mvc.perform(get("/data/areas/buurt.geojson"))
			.andExpect(jsonPath("$.features.length()").value(93))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String coordinates = body.substring(body.indexOf("\"coordinates\""));
		Matcher matcher = COORDINATE.matcher(coordinates);
		int numbers = 0;
		while (matcher.find() && numbers < 5000) {
			assertThat(matcher.group(1).length()).as(matcher.group()).isLessThanOrEqualTo(6);
			numbers++;
		}
		assertThat(numbers).isGreaterThan(100);
		// Zwolle, in longitude/latitude order
		assertThat(body).containsPattern("\\[6\\.\\d+,52\\.\\d+\\]");
	}

	@Test
	void shouldServeEveryLevelThatHasAreas() throws Exception {
		// every gemeente: Zwolle and Geldrop-Mierlo (which has no stadsdelen and no
		// gebieden)
		for (var level : List.of(List.of("gemeente", 2), List.of("stadsdeel", 5), List.of("buurt", 93),
				List.of("gebied", 6))) {
			this.mvc.perform(get("/data/areas/" + level.get(0) + ".geojson"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.features.length()").value(level.get(1)));
		}
	}

	@Test
	void shouldAddAnIndicatorsFiguresWithMissingOnesNullNeverZero() throws Exception {
		this.mvc.perform(get("/data/areas/wijk.geojson?indicator=nextdoor_vu_rapportcijfer_buurt&period=2023"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("wijken_nextdoor_vu_rapportcijfer_buurt_2023"))
			.andExpect(jsonPath("$.features[*].properties.indicator", everyItem(is("nextdoor_vu_rapportcijfer_buurt"))))
			.andExpect(jsonPath("$.features[*].properties.period", everyItem(is("2023"))))
			.andExpect(jsonPath("$.features[?(@.id == 'WK019331')].properties.value").value(8.05))
			.andExpect(jsonPath("$.features[?(@.id == 'WK019331')].properties.status").value("PRESENT"))
			.andExpect(jsonPath("$.features[?(@.id == 'WK019331')].properties.city_average").value(7.8))
			.andExpect(jsonPath("$.features[?(@.id != 'WK019331')].properties.status", everyItem(is("MISSING"))))
			.andExpect(jsonPath("$.features[?(@.id != 'WK019331')].properties.value", everyItem(nullValue())))
			.andExpect(jsonPath("$.features[?(@.id == 'WK019310')].properties.value", hasItem(nullValue())));

		// no buurt has a figure: all 93 MISSING, the latest period chosen by default
		this.mvc.perform(get("/data/areas/buurt.geojson?indicator=AantalInwoners_5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features.length()").value(93))
			.andExpect(jsonPath("$.features[*].properties.status", everyItem(is("MISSING"))))
			.andExpect(jsonPath("$.features[*].properties.value", everyItem(nullValue())))
			.andExpect(jsonPath("$.features[0].properties.period").isNotEmpty());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown level             | /data/areas/dorp.geojson                                      | 404 |
			unknown indicator         | /data/areas/wijk.geojson?indicator=NoSuchIndicator            | 400 | indicator
			malformed period          | /data/areas/wijk.geojson?indicator=AantalInwoners_5&period=x  | 400 | period
			period without figures    | /data/areas/wijk.geojson?indicator=AantalInwoners_5&period=1999 | 400 | period
			period without indicator  | /data/areas/wijk.geojson?period=2025                          | 400 | period
			""")
	void shouldRefuseWithAProblemDetail(String name, String url, int status, String parameter) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url)).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		if (parameter != null) {
			assertThat(response.getContentAsString()).contains("\"parameter\":\"" + parameter + "\"");
		}
	}

	@Test
	void shouldLetWebPagesOnOtherSitesFetchTheFiles() throws Exception {
		this.mvc.perform(get("/data/areas/wijk.geojson").header(HttpHeaders.ORIGIN, "https://krant.example"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
		this.mvc
			.perform(get("/data/indicators/AantalInwoners_5.csv?level=wijk").header(HttpHeaders.ORIGIN,
					"https://krant.example"))
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
			.andExpect(
					header().string(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, containsString("Content-Disposition")));
	}

	@Test
	void shouldAnswerNotModifiedWhileTheDataIsUnchanged() throws Exception {
		String etag = this.mvc.perform(get("/data/areas/wijk.geojson"))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("max-age")))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);

		this.mvc.perform(get("/data/areas/wijk.geojson").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/data/areas/buurt.geojson").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk());
	}

}
