package nl.wijkatlas.pages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The built front end's hashed assets: kept a year by browsers and proxies, and sent as
 * the Brotli or gzip copy the build wrote when the browser accepts it; the page that
 * names them is revalidated every time.
 */
@WijkatlasIntegrationTest
class StaticAssetsIntegrationTest {

	private static final Pattern ENTRY = Pattern.compile("/assets/index-[A-Za-z0-9_-]+\\.js");

	@Autowired
	MockMvc mvc;

	@Test
	void shouldSendTheEntryScriptPrecompressedAndImmutable() throws Exception {
		MockHttpServletResponse page = fetch("/", null);
		assertThat(page.getHeader(HttpHeaders.CACHE_CONTROL)).doesNotContain("immutable");
		Matcher entry = ENTRY.matcher(page.getContentAsString());
		assertThat(entry.find()).as("index.html names its entry script").isTrue();

		MockHttpServletResponse plain = fetch(entry.group(), "identity");
		MockHttpServletResponse brotli = fetch(entry.group(), "br, gzip");
		MockHttpServletResponse gzip = fetch(entry.group(), "gzip");

		assertThat(plain.getStatus()).isEqualTo(200);
		assertThat(plain.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=31536000").contains("immutable");
		assertThat(plain.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(brotli.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("br");
		assertThat(brotli.getHeader(HttpHeaders.VARY)).containsIgnoringCase("Accept-Encoding");
		assertThat(brotli.getContentAsByteArray().length).isLessThan(plain.getContentAsByteArray().length / 3);
		assertThat(gzip.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gunzip(gzip.getContentAsByteArray())).isEqualTo(plain.getContentAsByteArray());
	}

	private MockHttpServletResponse fetch(String path, String acceptEncoding) throws Exception {
		var request = get(path);
		if (acceptEncoding != null) {
			request = request.header(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static byte[] gunzip(byte[] compressed) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
	}

}
