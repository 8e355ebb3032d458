package nl.wijkatlas.credit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money through the API as the documents state it: what kind each amount is, parts never
 * counted on top of their whole, city-wide money not counted as a pilot wijk's own, the
 * table totals kept and matched to their lines, and "Raming 2022 en verder" as a period.
 */
@WijkatlasIntegrationTest
class HonestMoneyIntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Object>> ROW = new ParameterizedTypeReference<>() {
	};

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldShowHoltenbroeksOwnKredietAndTheCityWidePilotMoneyApart() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ area(code: "WK019330") {
				    credits { id } creditAmountTotal
				    pilotCredits { id kind areas { code } pilotAreas { code } } } }""").execute();
		response.path("area.credits[*].id").entityList(String.class).containsExactly("werkplan-kleurrijk-holtenbroek");
		response.path("area.creditAmountTotal").entity(Double.class).isEqualTo(120_282.0);
		response.path("area.pilotCredits[*].id")
			.entityList(String.class)
			.containsExactly("gebiedsgericht-werken-2023", "gebiedsgericht-werken-2023-kernteam");
		response.path("area.pilotCredits[0].areas[*].code").entityList(String.class).containsExactly("GM0193");
		response.path("area.pilotCredits[0].pilotAreas[*].code").entityList(String.class).containsExactly("WK019330");
	}

	@Test
	void shouldNotCountThePilotMoneyForTheStadsdeelOfThePilotWijk() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ area(code: "SD0193_NOORD") {
				    credits(within: true) { id } pilotCredits(within: true) { id } } }""").execute();
		response.path("area.credits[*].id").entityList(String.class).containsExactly("werkplan-kleurrijk-holtenbroek");
		response.path("area.pilotCredits[*].id")
			.entityList(String.class)
			.containsExactly("gebiedsgericht-werken-2023", "gebiedsgericht-werken-2023-kernteam");
	}

	@Test
	void shouldLinkTheKernteamAsAPartOfTheReservedBudgetAndNotAsMoreMoney() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ part: credit(id: "gebiedsgericht-werken-2023-kernteam") { kind amount partOf { id kind amount } }
				  whole: credit(id: "gebiedsgericht-werken-2023") { kind partOf { id } parts { id } }
				  line: credit(id: "diezerpoort-sociaal") { kind parts { id } } }""").execute();
		response.path("part.kind").entity(String.class).isEqualTo("ONDERDEEL");
		response.path("part.partOf.id").entity(String.class).isEqualTo("gebiedsgericht-werken-2023");
		response.path("part.partOf.kind").entity(String.class).isEqualTo("BUDGET");
		response.path("part.partOf.amount").entity(Double.class).isEqualTo(500_000.0);
		response.path("whole.partOf").valueIsNull();
		response.path("whole.parts[*].id")
			.entityList(String.class)
			.containsExactly("gebiedsgericht-werken-2023-kernteam");
		response.path("line.kind").entity(String.class).isEqualTo("KREDIET");
		response.path("line.parts").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldLeavePartsOutOfEveryCreditTotal() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ area(code: "GM0193") {
				    credits { id kind amount } creditAmountTotal all: creditAmountTotal(within: true) }
				  budgetGoal(code: "6.1.1") { credits { id } creditAmountTotal } }""").execute();
		List<Map<String, Object>> credits = response.path("area.credits").entityList(ROW).get();
		assertThat(credits).extracting((c) -> c.get("kind")).contains("ONDERDEEL");
		double withoutParts = credits.stream()
			.filter((c) -> !"ONDERDEEL".equals(c.get("kind")) && c.get("amount") != null)
			.mapToDouble((c) -> ((Number) c.get("amount")).doubleValue())
			.sum();
		// 375.000 + 214.341 + 247.000 + 50.000 + 38.000 + 215.000 + 25.000 + 500.000; the
		// kernteam's 318.880 is part of the 500.000.
		assertThat(withoutParts).isEqualTo(1_664_341.0);
		response.path("area.creditAmountTotal").entity(Double.class).isEqualTo(1_664_341.0);
		// Plus Diezerpoort Sociaal, Werkplan kleurrijk Holtenbroek and the two Stinspark
		// amounts, each counted once however many areas below the gemeente they serve.
		response.path("area.all").entity(Double.class).isEqualTo(1_664_341.0 + 1_134_394 + 120_282 + 32_000 + 185_000);
		response.path("budgetGoal.credits[*].id").entityList(String.class).hasSize(2);
		response.path("budgetGoal.creditAmountTotal").entity(Double.class).isEqualTo(500_000.0);
	}

	@Test
	void shouldKeepTheTableTotalsTheBudgetStatesAndFindThatTheLinesAddUpToThem() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ a: budgetGoal(code: "7.1.1") { statedTotals { label scope amount realisedToDate { year amount }
				    remaining forecasts { period openEnded amount } credits { id } matchesLines sourceLocator } }
				  b: budgetGoal(code: "1.1.2") { statedTotals { label scope amount credits { id } matchesLines } } }""")
			.execute();
		response.path("a.statedTotals[*].label").entityList(String.class).containsExactly("Totaal doel 7.1.1");
		response.path("a.statedTotals[0].scope").entity(String.class).isEqualTo("TOTAL");
		response.path("a.statedTotals[0].amount").entity(Double.class).isEqualTo(1_254_676.0);
		response.path("a.statedTotals[0].realisedToDate.amount").entity(Double.class).isEqualTo(878_776.0);
		response.path("a.statedTotals[0].realisedToDate.year").entity(Integer.class).isEqualTo(2019);
		response.path("a.statedTotals[0].remaining").entity(Double.class).isEqualTo(375_900.0);
		response.path("a.statedTotals[0].forecasts[*].period")
			.entityList(String.class)
			.containsExactly("2020", "2021", "2022-");
		response.path("a.statedTotals[0].credits[*].id")
			.entityList(String.class)
			.containsExactly("diezerpoort-sociaal", "werkplan-kleurrijk-holtenbroek");
		response.path("a.statedTotals[0].matchesLines").entity(Boolean.class).isEqualTo(true);
		response.path("a.statedTotals[0].sourceLocator").entity(String.class).satisfies((locator) -> {
			assertThat(locator).contains("Overzicht kredieten").contains("Totaal doel 7.1.1");
		});
		response.path("b.statedTotals[*].label")
			.entityList(String.class)
			.containsExactly("Subtotaal vastgestelde investeringen", "Subtotaal voorgestelde mutaties",
					"Totaal doel 1.1.2");
		response.path("b.statedTotals[2].amount").entity(Double.class).isEqualTo(836_341.0);
		response.path("b.statedTotals[*].matchesLines").entityList(Boolean.class).containsExactly(true, true, true);
	}

	@Test
	void shouldGiveRaming2022EnVerderAsAPeriodFrom2022OnWhileKeepingItsYear() {
		GraphQlTester.Response response = this.graphQl
			.document("{ credit(id: \"diezerpoort-sociaal\") { forecasts { year fromYear toYear openEnded period } } }")
			.execute();
		response.path("credit.forecasts[*].year").entityList(Integer.class).containsExactly(2020, 2021, 2022);
		response.path("credit.forecasts[0].toYear").entity(Integer.class).isEqualTo(2020);
		response.path("credit.forecasts[0].openEnded").entity(Boolean.class).isEqualTo(false);
		response.path("credit.forecasts[2].fromYear").entity(Integer.class).isEqualTo(2022);
		response.path("credit.forecasts[2].toYear").valueIsNull();
		response.path("credit.forecasts[2].openEnded").entity(Boolean.class).isEqualTo(true);
		response.path("credit.forecasts[2].period").entity(String.class).isEqualTo("2022-");
	}

	@Test
	void shouldGiveGoal611NoYearTheDocumentGivesNoFiguresFor() {
		this.graphQl.document("{ budgetGoal(code: \"6.1.1\") { years { year } statedTotals { label } } }")
			.execute()
			.path("budgetGoal.years")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldMarkTheBuurtbonusMaximumAsPlannedWithTheSourcesWords() {
		List<Map<String, Object>> schemes = this.graphQl
			.document("{ initiativeSchemes { id maxAmount maxAmountStatus maxAmountStatusQuote } }")
			.execute()
			.path("initiativeSchemes")
			.entityList(ROW)
			.get();
		Map<String, Object> buurtbonus = schemes.stream()
			.filter((s) -> "buurtbonus".equals(s.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(buurtbonus.get("maxAmount")).isEqualTo(10_000.0);
		assertThat(buurtbonus.get("maxAmountStatus")).isEqualTo("PLANNED");
		assertThat((String) buurtbonus.get("maxAmountStatusQuote")).contains("planned");
	}

}
