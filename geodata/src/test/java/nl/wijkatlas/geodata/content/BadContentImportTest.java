package nl.wijkatlas.geodata.content;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.area.BundledZwolle;
import nl.wijkatlas.geodata.support.Refusals;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad content is refused with the file, the record and the problem named, and the content
 * tables are exactly as they were.
 */
class BadContentImportTest {

	/**
	 * Every content table and the sources they cite, whole: equal means nothing changed.
	 */
	private static final List<String> CONTENT_TABLES = List.of("organisation", "organisation_area", "budget_goal",
			"budget_goal_year", "credit", "credit_area", "credit_forecast", "budget_goal_credit_total",
			"budget_goal_credit_total_forecast", "initiative_scheme", "initiative", "opgave", "doel", "story",
			"chapter", "source");

	private static final String FINGERPRINT = CONTENT_TABLES.stream()
		.map((table) -> "(select string_agg(t::text, ',' order by t::text) from " + table + " t)")
		.collect(Collectors.joining(", ", "select md5(concat_ws('|', ", ", (select count(*) from dataset_import)))"));

	private static DataSource dataSource;

	@TempDir
	Path directory;

	@BeforeAll
	static void importAreas() {
		dataSource = TestDatabase.dataSource();
		BundledZwolle.importInto(dataSource);
	}

	@Test
	void shouldRefuseAnUnknownAreaCode() {
		assertRefused("credits.json", (text) -> text.replaceFirst("\"WK019311\"", "\"WK019399\""), "credits.json: ",
				"unknown area code WK019399");
	}

	@Test
	void shouldRefuseAReferenceToAnUnknownSource() {
		assertRefused("initiatives.json",
				(text) -> text.replaceFirst("\"sourceId\": \"[^\"]+\"", "\"sourceId\": \"no-such-source\""),
				"initiatives.json: ", "cites unknown source no-such-source");
	}

	@Test
	void shouldRefuseANegativeAmount() {
		assertRefused("credits.json", (text) -> text.replaceFirst("\"amount\": 1134394", "\"amount\": -1134394"),
				"credits.json: ", "amount must not be negative");
	}

	@Test
	void shouldRefuseADuplicateId() {
		assertRefused("organisations.json", (text) -> {
			int second = text.indexOf("\"id\":", text.indexOf("\"id\":") + 1);
			return replaceFrom(text, second, member(text, second), member(text, text.indexOf("\"id\":")));
		}, "organisations.json: ", "the id is used twice");
	}

	@Test
	void shouldRefuseAMalformedPeriod() {
		assertRefused("opgaven.json", (text) -> text.replaceFirst("\"period\": \"2023-2024\"", "\"period\": \"23/24\""),
				"opgaven.json: ", "period must be YYYY or YYYY-YYYY");
	}

	@Test
	void shouldRefuseTruncatedJson() {
		assertRefused("story.json", (text) -> text.substring(0, text.length() / 2), "story.json", "not a valid list");
	}

	@Test
	void shouldRefuseAnUnknownField() {
		assertRefused("initiative_schemes.json", (text) -> text.replaceFirst("\"name\":", "\"naam\":"),
				"initiative_schemes.json", "naam");
	}

	@Test
	void shouldRefuseAnUnknownCreditKind() {
		assertRefused("credits.json", (text) -> text.replaceFirst("\"kind\": \"KREDIET\"", "\"kind\": \"POTJE\""),
				"credits.json: diezerpoort-sociaal", "kind must be one of", "was POTJE");
	}

	@Test
	void shouldRefuseAPartPointingAtNoCredit() {
		assertRefused("credits.json",
				(text) -> text.replace("\"partOf\": \"gebiedsgericht-werken-2023\"", "\"partOf\": \"no-such-budget\""),
				"credits.json: gebiedsgericht-werken-2023-kernteam", "partOf points at unknown credit no-such-budget");
	}

	@Test
	void shouldRefusePartsThatRunInACircle() {
		assertRefused("credits.json", (text) -> text.replace("""
				"kind": "BUDGET",
				    "partOf": null,
				    "budgetGoalCode": "6.1.1",""".replace("\t", ""), """
				"kind": "ONDERDEEL",
				    "partOf": "gebiedsgericht-werken-2023-kernteam",
				    "budgetGoalCode": "6.1.1",""".replace("\t", "")), "credits.json: gebiedsgericht-werken-2023",
				"partOf runs in a circle");
	}

	@Test
	void shouldRefuseAPartLargerThanItsWhole() {
		assertRefused("credits.json", (text) -> text.replace("\"amount\": 318880", "\"amount\": 518880"),
				"credits.json: gebiedsgericht-werken-2023-kernteam",
				"is larger than its whole gebiedsgericht-werken-2023");
	}

	@Test
	void shouldRefuseAStatedTotalThatItsLinesDoNotAddUpTo() {
		assertRefused("budget_goals.json", (text) -> text.replace("\"amount\": 1254676", "\"amount\": 1254677"),
				"budget_goals.json: 7.1.1 'Totaal doel 7.1.1'",
				"amount (Omvang krediet): the table states 1254677 but its lines add up to 1254676");
	}

	@Test
	void shouldRefuseAStatedTotalColumnThatItsLinesDoNotAddUpTo() {
		assertRefused("budget_goals.json", (text) -> text.replace("\"amount\": 347000", "\"amount\": 347001"),
				"budget_goals.json: 1.1.2 'Totaal doel 1.1.2'", "forecast 2021: the table states 347001");
	}

	@Test
	void shouldRefuseAnOrganisationOnlyOldSourcesGiveThatIsNotHistorical() {
		assertRefused("organisations.json",
				(text) -> replaceFrom(text, text.indexOf("\"id\": \"wijkcentrum-de-bolder\""), "\"historical\": true",
						"\"historical\": false"),
				"organisations.json: wijkcentrum-de-bolder", "is from 2011, so historical must be true");
	}

	@Test
	void shouldRefuseAPlannedMaximumWithoutTheSourcesWords() {
		assertRefused("initiative_schemes.json",
				(text) -> text.replaceFirst("\"maxAmountStatusQuote\": \"[^\"]+\"", "\"maxAmountStatusQuote\": null"),
				"initiative_schemes.json: buurtbonus", "maxAmountStatusQuote");
	}

	/** The text with the first {@code target} at or after {@code from} replaced. */
	private static String replaceFrom(String text, int from, String target, String replacement) {
		int at = text.indexOf(target, from);
		return text.substring(0, at) + replacement + text.substring(at + target.length());
	}

	/** The JSON member that starts at {@code at}, up to the comma after it. */
	private static String member(String text, int at) {
		return text.substring(at, text.indexOf(',', at));
	}

	private void assertRefused(String file, UnaryOperator<String> edit, String... expected) {
		Path content = ContentFiles.copyWith(this.directory, file, edit);
		ImportException refused = Refusals.refused(() -> TestDatabase.queryString(FINGERPRINT),
				() -> new ContentImporter(dataSource).importDirectory("GM0193", content));
		assertThat(refused.getMessage()).as("import of bad %s", file).contains(expected);
	}

}
