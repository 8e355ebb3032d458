package nl.wijkatlas.geodata.content;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.BundledZwolle;
import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Bad content is refused with the file, the record and the problem named, and the content
 * tables are exactly as they were.
 */
class BadContentImportTest {

	private static final String FINGERPRINT = """
			select md5(concat_ws('|',
			  (select string_agg(t::text, ',' order by t::text) from organisation t),
			  (select string_agg(t::text, ',' order by t::text) from organisation_area t),
			  (select string_agg(t::text, ',' order by t::text) from budget_goal t),
			  (select string_agg(t::text, ',' order by t::text) from budget_goal_year t),
			  (select string_agg(t::text, ',' order by t::text) from credit t),
			  (select string_agg(t::text, ',' order by t::text) from credit_area t),
			  (select string_agg(t::text, ',' order by t::text) from initiative t),
			  (select string_agg(t::text, ',' order by t::text) from opgave t),
			  (select string_agg(t::text, ',' order by t::text) from doel t),
			  (select string_agg(t::text, ',' order by t::text) from story t),
			  (select string_agg(t::text, ',' order by t::text) from chapter t),
			  (select string_agg(t::text, ',' order by t::text) from source t),
			  (select count(*) from dataset_import)))
			""";

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
			String firstId = text.substring(text.indexOf("\"id\":"), text.indexOf(',', text.indexOf("\"id\":")));
			return text.substring(0, second) + firstId + text.substring(text.indexOf(',', second));
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

	private void assertRefused(String file, UnaryOperator<String> edit, String... expected) {
		String before = TestDatabase.queryString(FINGERPRINT);
		Path content = ContentFiles.copyWith(this.directory, file, edit);
		ImportException refused = catchThrowableOfType(ImportException.class,
				() -> new ContentImporter(dataSource).importDirectory("GM0193", content));
		assertThat(refused).as("import of bad %s", file).isNotNull();
		assertThat(refused.getMessage()).contains(expected);
		assertThat(TestDatabase.queryString(FINGERPRINT)).isEqualTo(before);
	}

}
