package nl.wijkatlas.support;

import java.net.URI;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A GET through {@code MockMvc} that must answer 200: where most read tests start, so a
 * test states only what it expects beyond success.
 */
public final class Mvc {

	private Mvc() {
	}

	/** GET the URL (a URI template without variables, as {@code get(url)} takes it). */
	public static ResultActions getOk(MockMvc mvc, String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk());
	}

	/** GET the URI as it is (already encoded). */
	public static ResultActions getOk(MockMvc mvc, URI uri) throws Exception {
		return mvc.perform(get(uri)).andExpect(status().isOk());
	}

}
