package nl.wijkatlas.http;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Absolute URLs come from the configured public base URL, never from the Host header.
 */
class PublicBaseUrlTest {

	@Test
	void shouldUseTheConfiguredBaseWhateverTheHostHeaderSays() throws Exception {
		HttpServletRequest seen = filter("https://wijkatlas.example.nl", "evil.example");

		assertThat(ServletUriComponentsBuilder.fromContextPath(seen).build().toUriString())
			.isEqualTo("https://wijkatlas.example.nl");
		assertThat(seen.getRequestURL()).hasToString("https://wijkatlas.example.nl/oembed");
		assertThat(seen.getHeader("Host")).isEqualTo("wijkatlas.example.nl");
	}

	@Test
	void shouldUseLocalhostAndTheServersOwnPortWithoutConfigurationWhateverTheHostHeaderSays() throws Exception {
		assertThat(ServletUriComponentsBuilder.fromContextPath(filter("", "localhost:8080")).build().toUriString())
			.isEqualTo("http://localhost:8080");
		assertThat(ServletUriComponentsBuilder.fromContextPath(filter("", "evil.example")).build().toUriString())
			.isEqualTo("http://localhost:8080");
		assertThat(ServletUriComponentsBuilder.fromContextPath(filter("", "localhost:1")).build().toUriString())
			.as("a loopback name with another port is the client's word too")
			.isEqualTo("http://localhost:8080");
		assertThat(filter("", "127.0.0.2:9").getRequestURL()).hasToString("http://localhost:8080/oembed");
	}

	@Test
	void shouldRefuseABaseUrlWithAPathOrAnotherScheme() {
		assertThatThrownBy(() -> new PublicBaseUrlFilter("ftp://example.nl")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new PublicBaseUrlFilter("https://example.nl/atlas"))
			.isInstanceOf(IllegalStateException.class);
	}

	private static HttpServletRequest filter(String configured, String host) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/oembed");
		request.addHeader("Host", host);
		request.setLocalPort(8080);
		request.setServerPort(host.contains(":") ? Integer.parseInt(host.substring(host.indexOf(':') + 1)) : 80);
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		new PublicBaseUrlFilter(configured).doFilter(request, new MockHttpServletResponse(),
				(req, res) -> seen.set((HttpServletRequest) req));
		return seen.get();
	}

}
