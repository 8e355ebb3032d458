package nl.wijkatlas.geodata.content;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.area.BundledZwolle;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the bundled Zwolle content keeps, checked on the files themselves: the money
 * adds up as the documents state it, city-wide money is not a wijk's own, and what only
 * old sources give is historical.
 */
class BundledContentRulesTest {

	private static Content content;

	private static HashSet<String> areaCodes;

	@BeforeAll
	static void read() {
		BundledZwolle.importInto(TestDatabase.dataSource());
		areaCodes = new HashSet<>(
				List.of(TestDatabase.queryString("select string_agg(code, ',') from area").split(",")));
		content = new ContentReader().read((name) -> InputFile.ofResource("datasets/zwolle/content/" + name));
	}

	@Test
	void shouldPassEveryContentCheck() {
		Problems problems = new Problems();
		new ContentValidator(areaCodes, null, problems).validate(content);
		assertThat(problems.list()).isEmpty();
	}

	@Test
	void shouldAddUpEachGoalsKredietLinesToTheTotalsItsTableStatesColumnByColumn() {
		Map<String, Content.CreditEntry> credits = creditsById();
		Map<String, Content.BudgetGoalEntry> goals = content.budgetGoals()
			.stream()
			.collect(Collectors.toMap(Content.BudgetGoalEntry::code, Function.identity()));
		assertThat(total(goals.get("7.1.1"), "Totaal doel 7.1.1").amount()).isEqualByComparingTo("1254676");
		assertThat(total(goals.get("1.1.2"), "Totaal doel 1.1.2").amount()).isEqualByComparingTo("836341");
		int checked = 0;
		for (Content.BudgetGoalEntry goal : content.budgetGoals()) {
			List<String> kredietLines = content.credits()
				.stream()
				.filter((c) -> "KREDIET".equals(c.kind()) && goal.code().equals(c.budgetGoalCode()))
				.map(Content.CreditEntry::id)
				.toList();
			for (Content.StatedTotal total : goal.statedTotals()) {
				assertThat(total.locator()).as("locator of %s", total.label()).contains(total.label());
				List<Content.CreditEntry> lines = total.creditIds().stream().map(credits::get).toList();
				assertThat(lines).as(total.label()).allMatch((c) -> kredietLines.contains(c.id()));
				if ("TOTAL".equals(total.scope())) {
					assertThat(total.creditIds()).as(total.label()).containsExactlyInAnyOrderElementsOf(kredietLines);
				}
				assertThat(sum(lines, Content.CreditEntry::amount)).as(total.label() + " amount")
					.isEqualByComparingTo(total.amount());
				assertThat(sum(lines, (c) -> (c.realisedToDate() != null) ? c.realisedToDate().amount() : null))
					.as(total.label() + " realised")
					.isEqualByComparingTo(total.realisedToDate().amount());
				assertThat(sum(lines, Content.CreditEntry::remaining)).as(total.label() + " remaining")
					.isEqualByComparingTo(total.remaining());
				assertThat(total.forecasts()).hasSize(3);
				for (Content.Forecast column : total.forecasts()) {
					assertThat(sum(lines, (c) -> c.forecasts()
						.stream()
						.filter((f) -> f.year().equals(column.year()) && f.isOpenEnded() == column.isOpenEnded())
						.map(Content.Forecast::amount)
						.findFirst()
						.orElseThrow())).as(total.label() + " forecast " + column.year())
						.isEqualByComparingTo(column.amount());
				}
				checked++;
			}
		}
		assertThat(checked).isEqualTo(4);
	}

	@Test
	void shouldKeepRaming2022EnVerderAsAPeriodFrom2022On() {
		List<Content.CreditEntry> lines = content.credits().stream().filter((c) -> "KREDIET".equals(c.kind())).toList();
		assertThat(lines).hasSize(5);
		assertThat(lines).allSatisfy((line) -> {
			Content.Forecast last = line.forecasts().get(line.forecasts().size() - 1);
			assertThat(last.year()).isEqualTo(2022);
			assertThat(last.isOpenEnded()).isTrue();
		});
	}

	@Test
	void shouldLinkTheCityWideBudgetAndItsPartToTheGemeenteWithHoltenbroekAsPilotOnly() {
		Map<String, Content.CreditEntry> credits = creditsById();
		Content.CreditEntry whole = credits.get("gebiedsgericht-werken-2023");
		Content.CreditEntry part = credits.get("gebiedsgericht-werken-2023-kernteam");
		assertThat(whole.kind()).isEqualTo("BUDGET");
		assertThat(part.kind()).isEqualTo("ONDERDEEL");
		assertThat(part.partOf()).isEqualTo(whole.id());
		for (Content.CreditEntry credit : List.of(whole, part)) {
			assertThat(credit.areaCodes()).containsExactly("GM0193");
			assertThat(credit.pilotAreaCodes()).containsExactly("WK019330");
		}
		assertThat(credits.get("werkplan-kleurrijk-holtenbroek").areaCodes()).containsExactly("WK019330");
	}

	@Test
	void shouldGiveGoal611NoYearWithoutFigures() {
		content.budgetGoals()
			.forEach((goal) -> assertThat(goal.years()).as(goal.code())
				.noneMatch((year) -> year.expenses() == null && year.income() == null && year.balance() == null
						&& year.result() == null));
	}

	@Test
	void shouldMarkTheBuurtbonusMaximumAsPlannedInTheSourcesWords() {
		Content.SchemeEntry buurtbonus = content.schemes()
			.stream()
			.filter((s) -> s.id().equals("buurtbonus"))
			.findFirst()
			.orElseThrow();
		assertThat(buurtbonus.maxAmount()).isEqualByComparingTo("10000");
		assertThat(buurtbonus.maxAmountStatus()).isEqualTo("PLANNED");
		assertThat(buurtbonus.maxAmountStatusQuote()).contains("planned").contains("€ 10.000");
	}

	@Test
	void shouldMarkEveryOrganisationOrAddressThatOnlySourcesUpTo2011GiveAsHistorical() {
		Map<String, Integer> years = content.sources()
			.stream()
			.filter((s) -> s.year() != null)
			.collect(Collectors.toMap(Content.SourceEntry::id, Content.SourceEntry::year));
		int old = 0;
		for (Content.OrganisationEntry organisation : content.organisations()) {
			Integer sourceYear = years.get(organisation.sourceId());
			Integer addressYear = ContentValidator.addressYear(organisation.address());
			boolean onlyOld = (sourceYear != null && sourceYear <= 2011)
					|| (addressYear != null && addressYear <= 2011);
			if (onlyOld) {
				old++;
				assertThat(organisation.historical()).as(organisation.id()).isTrue();
			}
			else if (sourceYear != null) {
				assertThat(organisation.historical()).as(organisation.id() + " (source " + sourceYear + ")").isFalse();
			}
		}
		assertThat(old).isGreaterThanOrEqualTo(10);
		assertThat(ContentValidator.addressYear("Thorbeckelaan 2 (2009/2011)")).isEqualTo(2011);
		assertThat(ContentValidator.addressYear("Bachlaan 20")).isNull();
	}

	private static Map<String, Content.CreditEntry> creditsById() {
		return content.credits().stream().collect(Collectors.toMap(Content.CreditEntry::id, Function.identity()));
	}

	private static Content.StatedTotal total(Content.BudgetGoalEntry goal, String label) {
		return goal.statedTotals().stream().filter((t) -> t.label().equals(label)).findFirst().orElseThrow();
	}

	private static BigDecimal sum(List<Content.CreditEntry> lines, Function<Content.CreditEntry, BigDecimal> cell) {
		return lines.stream().map(cell).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
