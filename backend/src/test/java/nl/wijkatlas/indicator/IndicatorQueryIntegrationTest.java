package nl.wijkatlas.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import nl.wijkatlas.support.GraphQlObject;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator API over HTTP against the real PostGIS, with the bundled areas, gebieden
 * and figures imported at start-up.
 */
@WijkatlasIntegrationTest
class IndicatorQueryIntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldReturnTheInhabitantsOfDiezerpoortIn2025AsTheCsvGivesThem() throws IOException {
		double expected = csvValue("WK019311", "AantalInwoners_5", "2025");

		GraphQlTester.Response response = valuesOf("WK019311", List.of("AantalInwoners_5"), "2025");

		response.path("area.indicatorValues").entityList(Object.class).hasSize(1);
		GraphQlObject.at(response, "area.indicatorValues[0]")
			.has("value", expected)
			.has("status", "PRESENT")
			.has("indicator.label", "Aantal inwoners (1 januari)")
			.has("previousPeriod", "2024")
			.has("previousValue", csvValue("WK019311", "AantalInwoners_5", "2024"))
			.has("source.kind", "DATASET")
			.has("source.licence", "CC BY 4.0")
			.has("source.url", "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/86165NED");
	}

	@Test
	void shouldSayPerLevelAndPeriodHowManyAreasHaveAFigure() throws IOException {
		List<Map<String, Object>> zwolle = coverageOfInhabitants("GM0193");
		// As many wijken as the CSV has inhabitants of in 2025, of Zwolle's 16; no buurt.
		long wijken2025 = java.util.stream.Stream
			.of("WK019310", "WK019311", "WK019312", "WK019313", "WK019314", "WK019320", "WK019321", "WK019322",
					"WK019330", "WK019331", "WK019332", "WK019340", "WK019341", "WK019350", "WK019351", "WK019352")
			.filter((code) -> {
				try {
					return !Double.isNaN(csvValue(code, "AantalInwoners_5", "2025"));
				}
				catch (IOException | RuntimeException ex) {
					return false;
				}
			})
			.count();
		assertThat(zwolle)
			.contains(Map.of("level", "WIJK", "period", "2025", "areasWithFigure", (int) wijken2025, "areas", 16));
		assertThat(zwolle).noneMatch((c) -> "BUURT".equals(c.get("level")));
		List<Map<String, Object>> geldropMierlo = coverageOfInhabitants("GM1771");
		assertThat(geldropMierlo).allMatch((c) -> ((Integer) c.get("areasWithFigure")) <= ((Integer) c.get("areas")));
		assertThat(geldropMierlo).anyMatch((c) -> "GEMEENTE".equals(c.get("level")));
	}

	private List<Map<String, Object>> coverageOfInhabitants(String gemeente) {
		return this.graphQl
			.document("query($g: ID) { indicator(code: \"AantalInwoners_5\") { coverage(gemeente: $g) "
					+ "{ level period areasWithFigure areas } } }")
			.variable("g", gemeente)
			.execute()
			.path("indicator.coverage")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
	}

	@Test
	void shouldCompareAWijkWithTheFigureOfItsGemeente() throws IOException {
		double city = csvValue("GM0193", "AantalInwoners_5", "2024");
		double wijk = csvValue("WK019311", "AantalInwoners_5", "2024");

		GraphQlTester.Response response = valuesOf("WK019311", List.of("AantalInwoners_5", "Koopwoningen_47"), "2024");

		response.path("area.indicatorValues[0].cityAverage").entity(Double.class).isEqualTo(city);
		response.path("area.indicatorValues[0].differenceFromCityAverage").entity(Double.class).isEqualTo(wijk - city);
		// The indicator's period before 2024 is 2023 (the city's CBS figure); the wijk
		// has none then.
		response.path("area.indicatorValues[0].previousPeriod").entity(String.class).isEqualTo("2023");
		response.path("area.indicatorValues[0].previousValue").valueIsNull();
		response.path("area.indicatorValues[1].indicator.code").entity(String.class).isEqualTo("Koopwoningen_47");
		// No 2024 figure of Koopwoningen_47 in the files
		response.path("area.indicatorValues[1].status").entity(String.class).isEqualTo("MISSING");
		response.path("area.indicatorValues[1].value").valueIsNull();
		response.path("area.indicatorValues[1].source").valueIsNull();
	}

	@Test
	void shouldShowEveryBuurtWithoutAFigureForAWijkLevelIndicator() {
		List<Map<String, Object>> values = choropleth("AantalInwoners_5", "2025", "BUURT").path("indicator.values")
			.entityList(JSON_OBJECT)
			.hasSize(78 + 15)
			.get();

		assertThat(values).allSatisfy((value) -> {
			assertThat(value.get("status")).isEqualTo("MISSING");
			assertThat(value.get("value")).isNull();
			assertThat(value.get("source")).isNull();
			assertThat(((Map<?, ?>) value.get("area")).get("level")).isEqualTo("BUURT");
		});
		Set<Object> codes = new HashSet<>();
		values.forEach((value) -> codes.add(((Map<?, ?>) value.get("area")).get("code")));
		assertThat(codes).hasSize(78 + 15);
	}

	@Test
	void shouldFillAWijkChoroplethFromTheCsv() {
		GraphQlTester.Response response = choropleth("AantalInwoners_5", "2025", "WIJK");
		response.path("indicator.periods")
			.entityList(String.class)
			.containsExactly("2012", "2017", "2018", "2019", "2022", "2023", "2024", "2025");
		response.path("indicator.theme").entity(String.class).isEqualTo("bevolking");
		response.path("indicator.higherIsBetter").valueIsNull();
		// Zwolle's 16 wijken have 2025 figures; Geldrop-Mierlo's 2 read MISSING
		List<Map<String, Object>> values = response.path("indicator.values").entityList(JSON_OBJECT).hasSize(18).get();
		assertThat(values).allSatisfy((value) -> assertThat(value.get("status")).isEqualTo(
				((String) ((Map<?, ?>) value.get("area")).get("code")).startsWith("WK0193") ? "PRESENT" : "MISSING"));
		// No gemeente figure for 2025 is published: Zwolle's is the sum of its 16 wijken
		// (derived, see IndicatorSeriesIntegrationTest); Geldrop-Mierlo has none.
		assertThat(values).allSatisfy((value) -> assertThat(value.get("cityAverage"))
			.isEqualTo(((String) ((Map<?, ?>) value.get("area")).get("code")).startsWith("WK0193") ? 133815.0 : null));
	}

	@Test
	void shouldShowAWijkWhoseFigureCbsWithheldAsMissing() {
		GraphQlTester.Response response = choropleth("PersonenautoSPerHuishouden_107", "2025", "WIJK");
		List<Map<String, Object>> values = response.path("indicator.values").entityList(JSON_OBJECT).hasSize(18).get();
		Map<String, Object> marsweteringlanden = values.stream()
			.filter((value) -> "WK019341".equals(((Map<?, ?>) value.get("area")).get("code")))
			.findFirst()
			.orElseThrow();
		assertThat(marsweteringlanden.get("status")).isEqualTo("MISSING");
		assertThat(marsweteringlanden.get("value")).isNull();
	}

	@Test
	void shouldGiveTheCategoriesOfABuurtVoorBuurtGebied() {
		GraphQlTester.Response response = valuesOf("GB0193_BVB_OLDENEEL", null, null);
		List<Map<String, Object>> values = response.path("area.indicatorValues").entityList(JSON_OBJECT).get();
		assertThat(values).anySatisfy((value) -> {
			assertThat(((Map<?, ?>) value.get("indicator")).get("code")).isEqualTo("bvb_leefbaarheidsindex_tov_zwolle");
			assertThat(value.get("category")).isEqualTo("gunstig");
			assertThat(value.get("value")).isNull();
			assertThat(value.get("cityAverage")).isNull();
		});
		assertThat(values).anySatisfy((value) -> {
			assertThat(((Map<?, ?>) value.get("indicator")).get("code")).isEqualTo("oppervlakte_grens_ha");
			assertThat((Double) value.get("value")).isPositive();
		});
	}

	@Test
	void shouldPageThroughTheIndicatorsOfATheme() {
		Set<String> seen = new HashSet<>();
		String after = null;
		boolean hasNext = true;
		int total = -1;
		while (hasNext) {
			GraphQlTester.Response response = this.graphQl.documentName("indicatorsPage")
				.variable("theme", "Leefbaarheid")
				.variable("first", 4)
				.variable("after", after)
				.execute();
			total = response.path("indicators.totalCount").entity(Integer.class).get();
			List<String> themes = response.path("indicators.edges[*].node.theme").entityList(String.class).get();
			assertThat(themes).containsOnly("leefbaarheid");
			List<String> codes = response.path("indicators.edges[*].node.code").entityList(String.class).get();
			assertThat(codes).isSortedAccordingTo(String::compareTo).allMatch(seen::add);
			hasNext = response.path("indicators.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("indicators.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).hasSize(total).contains("bvb_rapportcijfer_leefbaarheid_buurt");
	}

	private GraphQlTester.Response valuesOf(String area, List<String> codes, String period) {
		return this.graphQl.documentName("indicatorValuesOfArea")
			.variable("code", area)
			.variable("codes", codes)
			.variable("period", period)
			.execute();
	}

	private GraphQlTester.Response choropleth(String code, String period, String level) {
		return this.graphQl.documentName("indicatorChoropleth")
			.variable("code", code)
			.variable("period", period)
			.variable("level", level)
			.execute();
	}

	/**
	 * The value the bundled CSV gives, read from the very file the application imports.
	 */
	private static double csvValue(String area, String indicator, String year) throws IOException {
		try (InputStream in = IndicatorQueryIntegrationTest.class.getClassLoader()
			.getResourceAsStream("datasets/indicators/cbs_kerncijfers.csv")) {
			String prefix = area + ",";
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				// area_code,area_name,indicator_code,indicator_label,year,value,unit,"source,
				// with commas"
				String[] fields = line.split(",", 8);
				if (line.startsWith(prefix) && fields[2].equals(indicator) && fields[4].equals(year)) {
					return Double.parseDouble(fields[5]);
				}
			}
		}
		throw new IllegalStateException("no " + indicator + " " + area + " " + year + " in the CSV");
	}

}
