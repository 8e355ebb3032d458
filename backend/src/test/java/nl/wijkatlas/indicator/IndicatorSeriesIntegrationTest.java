package nl.wijkatlas.indicator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures over time and where people live, through the API: one series per indicator
 * across codes and sources, derived figures that say how they were made, and survey
 * figures flagged when they rest on few respondents.
 */
@WijkatlasIntegrationTest
class IndicatorSeriesIntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldGiveTheCityPopulationFrom2012To2025AsOneSeriesEachFigureWithItsSource() {
		GraphQlTester.Response response = series("GM0193", List.of("AantalInwoners_5"));

		List<Map<String, Object>> values = firstSeriesValues(response);
		assertThat(values).extracting((v) -> v.get("period"))
			.containsExactly("2012", "2017", "2018", "2019", "2022", "2023", "2024", "2025");
		assertThat(values.get(0).get("value")).isEqualTo(121525.0);
		assertThat(values.get(6).get("value")).isEqualTo(133141.0);
		assertThat(values.get(0).get("derivation")).isNull();
		assertThat(sourceOf(values.get(0))).containsEntry("kind", "DATASET");
		// 2025: no published city figure, so the sum of the 16 wijken, labelled as
		// derived.
		assertThat(values.get(7).get("value")).isEqualTo(133815.0);
		assertThat(sourceOf(values.get(7))).containsEntry("kind", "DERIVED");
		@SuppressWarnings("unchecked")
		Map<String, Object> derivation = (Map<String, Object>) values.get(7).get("derivation");
		assertThat(derivation).containsEntry("method", "SUM")
			.containsEntry("inputLevel", "WIJK")
			.containsEntry("inputCount", 16)
			.containsEntry("description", "Berekend door Wijkatlas: de som van de 16 wijken eronder.");
		assertThat((List<?>) derivation.get("inputSources")).isNotEmpty();
		response.path("area.indicatorSeries[0].indicator.labelEn")
			.entity(String.class)
			.isEqualTo("Inhabitants (1 January)");
		response.path("area.indicatorSeries[0].indicator.aggregation").entity(String.class).isEqualTo("SUM");
	}

	@Test
	void shouldGiveTheSeriesOfTheIndicatorAnAliasStandsFor() {
		GraphQlTester.Response response = series("WK019322", List.of("aantalInwoners", "Koopwoningen_47"));

		response.path("area.indicatorSeries[0].indicator.code").entity(String.class).isEqualTo("AantalInwoners_5");
		List<Map<String, Object>> values = firstSeriesValues(response);
		assertThat(values).extracting((v) -> v.get("period")).containsExactly("2022", "2024", "2025");
		assertThat(values.get(0).get("sourceLocator").toString()).contains("aantalInwoners");
		response.path("area.indicatorSeries[1].indicator.code").entity(String.class).isEqualTo("Koopwoningen_47");
	}

	@Test
	void shouldWeighADerivedShareAndNameItsWeight() {
		GraphQlTester.Response response = series("GM0193", List.of("GemiddeldeHuishoudensgrootte_33"));

		List<Map<String, Object>> values = firstSeriesValues(response);
		Map<String, Object> latest = values.get(values.size() - 1);
		assertThat(latest).containsEntry("period", "2025").containsEntry("value", 2.1);
		assertThat(latest.get("derivation").toString()).contains("WEIGHTED_MEAN")
			.contains("HuishoudensTotaal_29")
			.contains("gewogen naar huishoudens totaal");
	}

	@Test
	void shouldFlagTheBuurtenWithFewRespondentsInTheChoropleth() {
		List<Map<String, Object>> values = this.graphQl.documentName("indicatorReliability")
			.variable("code", "bvb_rapportcijfer_leefbaarheid_buurt")
			.variable("period", "2014")
			.execute()
			.path("indicator.values")
			.entityList(JSON_OBJECT)
			.hasSize(78)
			.get();
		assertThat(values).filteredOn((v) -> "FEW_RESPONDENTS".equals(v.get("reliability"))).hasSize(20);
		assertThat(values).filteredOn((v) -> "PRESENT".equals(v.get("status"))).hasSize(74);
		Map<String, Object> schildersbuurt = values.stream()
			.filter((v) -> "BU01931110".equals(((Map<?, ?>) v.get("area")).get("code")))
			.findFirst()
			.orElseThrow();
		assertThat(schildersbuurt.get("reliabilityNote").toString()).startsWith("Weinig respondenten");
		Map<String, Object> voorstB = values.stream()
			.filter((v) -> "BU01932010".equals(((Map<?, ?>) v.get("area")).get("code")))
			.findFirst()
			.orElseThrow();
		assertThat(voorstB).containsEntry("status", "MISSING").containsEntry("reliability", "NORMAL");
	}

	@Test
	void shouldCompareABuurtWithTheOtherBuurtenOfItsGemeenteWhereTheCityHasNoFigure() {
		GraphQlTester.Response response = this.graphQl.documentName("indicatorPeers")
			.variable("code", "BU01933030")
			.variable("codes", List.of("bvb_b_aevalb", "bvb_rapportcijfer_leefbaarheid_buurt"))
			.variable("period", "2014")
			.execute();

		// Holtenbroek III against the 54 buurten with a normal 2014 survey figure (74
		// minus
		// the 20 with few respondents); no city figure for this survey item.
		response.path("area.indicatorValues[0].cityAverage").valueIsNull();
		response.path("area.indicatorValues[0].peers.level").entity(String.class).isEqualTo("BUURT");
		response.path("area.indicatorValues[0].peers.count").entity(Integer.class).isEqualTo(54);
		Integer rank = response.path("area.indicatorValues[0].peers.rank").entity(Integer.class).get();
		assertThat(rank).isBetween(1, 54);
		response.path("area.indicatorValues[1].cityAverage").entity(Double.class).isEqualTo(7.5);
		// A buurt with few respondents is shown against the others but has no rank.
		this.graphQl.documentName("indicatorPeers")
			.variable("code", "BU01931110")
			.variable("codes", List.of("bvb_rapportcijfer_leefbaarheid_buurt"))
			.variable("period", "2014")
			.execute()
			.path("area.indicatorValues[0].peers")
			.entity(JSON_OBJECT)
			.satisfies((peers) -> assertThat(peers).containsEntry("count", 54).containsEntry("rank", null));
	}

	@Test
	void shouldRefuseTooManySeriesAndUnknownCodes() {
		this.graphQl.documentName("indicatorSeries")
			.variable("code", "GM0193")
			.variable("codes", List.of("geluk_index"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors)
				.anySatisfy((error) -> assertThat(error.getMessage()).contains("No indicator with code geluk_index")));
		this.graphQl.documentName("indicatorSeries")
			.variable("code", "GM0193")
			.variable("codes", java.util.Collections.nCopies(51, "AantalInwoners_5"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors)
				.anySatisfy((error) -> assertThat(error.getMessage()).contains("at most 50")));
	}

	private GraphQlTester.Response series(String area, List<String> codes) {
		return this.graphQl.documentName("indicatorSeries").variable("code", area).variable("codes", codes).execute();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> firstSeriesValues(GraphQlTester.Response response) {
		return response.path("area.indicatorSeries[0].values").entityList(JSON_OBJECT).get();
	}

	private static Map<String, Object> sourceOf(Map<String, Object> value) {
		return (Map<String, Object>) value.get("source");
	}

}
