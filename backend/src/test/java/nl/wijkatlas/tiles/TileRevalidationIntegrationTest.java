package nl.wijkatlas.tiles;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The tile revalidation fast path ({@link TileRevalidationFilter}): the ETag lists and
 * weak forms of RFC 9110 match, CORS still holds, and whatever does not match — another
 * ETag, a bad address — reaches the controller and gets its full answer.
 */
@WijkatlasIntegrationTest
@Import(StatementCounting.class)
class TileRevalidationIntegrationTest {

	static final String TILE = "/tiles/wijken/12/2117/1343.mvt?indicator=AantalInwoners_5&period=2025";

	@Autowired
	MockMvc mvc;

	@Test
	void shouldAnswerAMatchingEtagInAListOrWeakFormWith304AndCors() throws Exception {
		String etag = this.mvc.perform(get(TILE)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotNull();

		StatementCounting.reset();
		MockHttpServletResponse revalidated = this.mvc
			.perform(get(TILE).header(HttpHeaders.IF_NONE_MATCH, "\"v0-other\", W/" + etag)
				.header(HttpHeaders.ORIGIN, "https://krant.example"))
			.andReturn()
			.getResponse();

		assertThat(revalidated.getStatus()).isEqualTo(304);
		assertThat(revalidated.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(revalidated.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=60");
		assertThat(revalidated.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
		assertThat(revalidated.getContentAsByteArray()).isEmpty();
		assertThat(StatementCounting.count()).as(StatementCounting.statements()).isZero();
	}

	@Test
	void shouldAnswerAnotherEtagInFull() throws Exception {
		MockHttpServletResponse full = this.mvc.perform(get(TILE).header(HttpHeaders.IF_NONE_MATCH, "\"v0-stale\""))
			.andReturn()
			.getResponse();

		assertThat(full.getStatus()).isEqualTo(200);
		assertThat(full.getContentAsByteArray()).isNotEmpty();
	}

	@Test
	void shouldStillRefuseABadAddressThatCarriesAnEtag() throws Exception {
		MockHttpServletResponse refused = this.mvc
			.perform(get("/tiles/wijken/12/99999/1343.mvt").header(HttpHeaders.IF_NONE_MATCH, "*"))
			.andReturn()
			.getResponse();

		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("\"parameter\":\"x\"");
	}

	@Test
	void shouldCompareEtagsAsRfc9110Says() {
		assertThat(TileRevalidationFilter.matches("\"a\", \"b\"", "\"b\"")).isTrue();
		assertThat(TileRevalidationFilter.matches("W/\"b\"", "\"b\"")).isTrue();
		assertThat(TileRevalidationFilter.matches("*", "\"b\"")).isTrue();
		assertThat(TileRevalidationFilter.matches("\"bb\"", "\"b\"")).isFalse();
	}

}
