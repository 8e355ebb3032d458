package nl.wijkatlas.caching;

import java.time.Duration;
import java.time.Instant;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * HTTP caching of the tiles against the real PostGIS: a strong ETag from the data
 * version, a 304 for a matching If-None-Match without a single SQL statement, and a new
 * ETag (and a full answer to the old one) once an import or mutation bumps the version.
 */
@WijkatlasIntegrationTest
@Import(StatementCounting.class)
class CachingIntegrationTest {

	/** A z12 tile over Holtenbroek, Zwolle. */
	static final String TILE = "/tiles/buurten/12/2117/1343.mvt";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataVersion dataVersion;

	@Test
	void shouldAnswerARepeatedRequestWith304WithoutTouchingTheDatabase() throws Exception {
		awaitListening();
		MockHttpServletResponse first = fetch(TILE, null);
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(etag).startsWith("\"v").doesNotStartWith("W/");

		StatementCounting.reset();
		MockHttpServletResponse again = fetch(TILE, etag);

		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		assertThat(again.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(StatementCounting.count()).isZero();
	}

	@Test
	void shouldGiveEveryRequestItsOwnEtag() throws Exception {
		String plain = fetch(TILE, null).getHeader(HttpHeaders.ETAG);
		String withFigures = fetch(TILE + "?indicator=AantalInwoners_5&period=2025", null).getHeader(HttpHeaders.ETAG);
		String otherTile = fetch("/tiles/buurten/12/2116/1343.mvt", null).getHeader(HttpHeaders.ETAG);

		assertThat(plain).isNotEqualTo(withFigures).isNotEqualTo(otherTile);
		assertThat(fetch(TILE + "?indicator=AantalInwoners_5&period=2025", plain).getStatus()).isEqualTo(200);
	}

	@Test
	void shouldChangeTheEtagWhenAnImportBumpsTheDataVersion() throws Exception {
		awaitListening();
		String before = fetch(TILE, null).getHeader(HttpHeaders.ETAG);
		long version = this.dataVersion.current();

		// what every import and mutation that changes data does (ImportLog, ChangeLog)
		this.jdbc.sql("update data_version set version = version + 1, changed_at = now()").update();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (this.dataVersion.current() == version && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}

		assertThat(this.dataVersion.current()).isEqualTo(version + 1);
		MockHttpServletResponse after = fetch(TILE, before);
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before).startsWith("\"v" + (version + 1) + "-");
		assertThat(fetch(TILE, after.getHeader(HttpHeaders.ETAG)).getStatus()).isEqualTo(304);
	}

	@Test
	void shouldAgreeWithTheDatabaseWhileListening() {
		awaitListening();
		long stored = this.jdbc.sql("select version from data_version").query(Long.class).single();

		assertThat(this.dataVersion.current()).isEqualTo(stored);
	}

	@Test
	void shouldMakeStrongQuotedEtagsOfTheRequestParts() {
		assertThat(new HttpCaching(this.dataVersion).etag(7, "buurten", 12, null, "2023-2024", "a\"b"))
			.isEqualTo("\"v7-buurten-12--2023_2024-a_b\"");
	}

	private void awaitListening() {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!this.dataVersion.isListening() && Instant.now().isBefore(deadline)) {
			Thread.onSpinWait();
		}
		assertThat(this.dataVersion.isListening()).as("listening on " + DataVersion.CHANNEL).isTrue();
	}

	private MockHttpServletResponse fetch(String url, String ifNoneMatch) throws Exception {
		var request = get(url);
		if (ifNoneMatch != null) {
			request = request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
