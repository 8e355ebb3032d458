package nl.wijkatlas.pages;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Embeds may be framed by any site; the app and the API only by itself.
 */
@WijkatlasIntegrationTest
class FramingPolicyIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldLetOnlyThisSiteFrameTheApp() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", "frame-ancestors 'self'"))
			.andExpect(header().doesNotExist("X-Frame-Options"));
	}

	@Test
	void shouldLetAnySiteFrameAnEmbed() throws Exception {
		this.mvc.perform(get("/embed/kaart"))
			.andExpect(header().string("Content-Security-Policy", "frame-ancestors *"));
	}

}
