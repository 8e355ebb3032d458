package nl.wijkatlas.ratelimit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A peer that is not a configured proxy cannot choose the address it is counted as: here
 * loopback is not trusted ({@code server.tomcat.remoteip.internal-proxies} names another
 * address), so {@code X-Forwarded-For} from it changes nothing, a fresh forged address
 * per request included.
 */
@WijkatlasIntegrationTest(properties = { "wijkatlas.rate-limit.enabled=true", "server.forward-headers-strategy=native",
		"server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.250", "wijkatlas.import-bundled=false",
		"wijkatlas.rate-limit.tiles.requests-per-minute=6", "wijkatlas.rate-limit.tiles.burst=2" })
// Properties of its own, so no other test reuses the context: close it and its
// connections.
@DirtiesContext
class RateLimitUntrustedPeerIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void shouldIgnoreForwardedAddressesFromAnUntrustedPeer() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		int refused = 0;
		for (int i = 0; i < 6; i++) {
			HttpResponse<String> response = client.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/tiles/wijken/12/2117/1343.mvt"))
				.header("X-Forwarded-For", "127.0.0.1, 203.0.113." + i)
				.build(), HttpResponse.BodyHandlers.ofString());
			refused += (response.statusCode() == 429) ? 1 : 0;
		}
		assertThat(refused).isEqualTo(4);
	}

}
