package nl.wijkatlas.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.content.ContentImporter;
import nl.wijkatlas.geodata.content.ContentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing the same content again changes no row, the money tables included: the writer is
 * idempotent even when the import's checksum does not let it skip.
 */
// The same configuration as the other MockMvc tests, so the cached context (and its
// connection pool) is shared rather than started once more.
@WijkatlasIntegrationTest
class ContentReimportIntegrationTest {

	private static final List<String> FILES = List.of("sources.json", "organisations.json", "budget_goals.json",
			"credits.json", "initiative_schemes.json", "initiatives.json", "opgaven.json", "story.json");

	private static final String FINGERPRINT = """
			select md5(concat_ws('|',
			  (select string_agg(t::text, ',' order by t::text) from organisation t),
			  (select string_agg(t::text, ',' order by t::text) from organisation_area t),
			  (select string_agg(t::text, ',' order by t::text) from budget_goal t),
			  (select string_agg(t::text, ',' order by t::text) from budget_goal_year t),
			  (select string_agg(t::text, ',' order by t::text) from budget_goal_credit_total t),
			  (select string_agg(t::text, ',' order by t::text) from budget_goal_credit_total_forecast t),
			  (select string_agg(t::text, ',' order by t::text) from credit t),
			  (select string_agg(t::text, ',' order by t::text) from credit_area t),
			  (select string_agg(t::text, ',' order by t::text) from credit_forecast t),
			  (select string_agg(t::text, ',' order by t::text) from initiative_scheme t)))
			""";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	@Test
	void shouldChangeNoRowWhenTheSameContentIsWrittenAgain() throws IOException {
		String before = fingerprint();
		// A trailing newline changes the checksum but not the content, so the import
		// writes
		// every record again instead of skipping.
		for (String name : FILES) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("datasets/zwolle/content/" + name)) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				Files.writeString(this.directory.resolve(name), name.equals("credits.json") ? text + "\n" : text);
			}
		}
		ContentResult rewritten = new ContentImporter(this.dataSource).importDirectory("GM0193", this.directory);
		assertThat(rewritten.changed()).isTrue();
		assertThat(fingerprint()).isEqualTo(before);

		new ContentImporter(this.dataSource).importBundled("GM0193", "zwolle");
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from budget_goal_credit_total").query(Integer.class).single())
			.isEqualTo(4);
	}

	private String fingerprint() {
		return this.jdbc.sql(FINGERPRINT).query(String.class).single();
	}

}
