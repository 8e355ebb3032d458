package nl.wijkatlas.ratelimit;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limiter on its own: which requests count as which kind, one bucket per client and
 * kind, the 429 answer, and the switches that turn it off.
 */
class RateLimitFilterTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void shouldRefuseTheRequestAfterTheBurstWith429ProblemAndRetryAfter() throws Exception {
		RateLimitFilter filter = filter(true, new RateLimitProperties.Limit(60, 2));
		assertThat(send(filter, "GET", "/data/areas/wijk.geojson", "192.0.2.1").getStatus()).isEqualTo(200);
		assertThat(send(filter, "GET", "/ogc/collections/wijken/items", "192.0.2.1").getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = send(filter, "GET", "/data/indicators/x.csv", "192.0.2.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		// 60 a minute: one token a second.
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getContentAsString()).contains("\"code\":\"RATE_LIMITED\"", "\"status\":429");
		assertThat(this.registry.get("wijkatlas.rate.limit.refused").tag("kind", "downloads").counter().count())
			.isEqualTo(1);
		// Another client, and another kind for the same client, have their own buckets.
		assertThat(send(filter, "GET", "/data/areas/wijk.geojson", "192.0.2.2").getStatus()).isEqualTo(200);
		assertThat(send(filter, "GET", "/tiles/wijken/12/2117/1343.mvt", "192.0.2.1").getStatus()).isEqualTo(200);
	}

	@Test
	void shouldCountAnonymousGraphQlButNotTokenHoldersPagesOrPreflights() throws Exception {
		RateLimitFilter filter = filter(true, new RateLimitProperties.Limit(60, 1));
		assertThat(send(filter, "POST", "/graphql", "192.0.2.1").getStatus()).isEqualTo(200);
		assertThat(send(filter, "POST", "/graphql", "192.0.2.1").getStatus()).isEqualTo(429);
		MockHttpServletRequest withToken = request("POST", "/graphql", "192.0.2.1");
		withToken.addHeader("Authorization", "Bearer token-checked-by-the-security-filter");
		assertThat(send(filter, withToken).getStatus()).isEqualTo(200);
		assertThat(send(filter, "OPTIONS", "/graphql", "192.0.2.1").getStatus()).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			assertThat(send(filter, "GET", "/gebied/WK019330", "192.0.2.1").getStatus()).isEqualTo(200);
			assertThat(send(filter, "GET", "/api/config", "192.0.2.1").getStatus()).isEqualTo(200);
		}
	}

	@Test
	void shouldClassifyByTheDecodedPathNotTheRawUri() throws Exception {
		MockHttpServletRequest encoded = request("GET", "/%64ata/areas/wijk.geojson", "192.0.2.1");
		encoded.setServletPath("/data/areas/wijk.geojson");
		assertThat(RateLimitFilter.kind(encoded)).isEqualTo(RateLimitFilter.Kind.DOWNLOADS);
		assertThat(RateLimitFilter.kind(request("GET", "/api/adressen", "192.0.2.1")))
			.isEqualTo(RateLimitFilter.Kind.SEARCH);
		assertThat(RateLimitFilter.kind(request("GET", "/preview/gebied/WK019330.png", "192.0.2.1")))
			.isEqualTo(RateLimitFilter.Kind.DOWNLOADS);
		assertThat(RateLimitFilter.kind(request("GET", "/datasets", "192.0.2.1"))).isNull();
	}

	@Test
	void shouldCountAnIpv6ClientPerSlash64() throws Exception {
		assertThat(ClientAddress.key("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.key("2001:db8:1:2:ffff::9"))
			.isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.key("2001:db8:1:2::1"));
		assertThat(ClientAddress.key("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
		RateLimitFilter filter = filter(true, new RateLimitProperties.Limit(60, 1));
		assertThat(send(filter, "GET", "/tiles/wijken/1/0/0.mvt", "2001:db8:1:2::1").getStatus()).isEqualTo(200);
		assertThat(send(filter, "GET", "/tiles/wijken/1/0/0.mvt", "2001:db8:1:2::2").getStatus()).isEqualTo(429);
	}

	@Test
	void shouldLetEverythingThroughWhenDisabledOrAKindIsOff() throws Exception {
		RateLimitFilter disabled = filter(false, new RateLimitProperties.Limit(60, 1));
		RateLimitFilter off = filter(true, new RateLimitProperties.Limit(0, 1));
		for (int i = 0; i < 5; i++) {
			assertThat(send(disabled, "POST", "/graphql", "192.0.2.1").getStatus()).isEqualTo(200);
			assertThat(send(off, "POST", "/graphql", "192.0.2.1").getStatus()).isEqualTo(200);
		}
	}

	@Test
	void shouldFillInGenerousDefaultsAndRefuseNonsense() {
		RateLimitProperties defaults = new RateLimitProperties(null, null, new RateLimitProperties.Limit(null, 5), null,
				null, null, null);
		assertThat(defaults.enabled()).isTrue();
		assertThat(defaults.graphql()).isEqualTo(new RateLimitProperties.Limit(1200, 300));
		assertThat(defaults.search()).isEqualTo(new RateLimitProperties.Limit(60, 5));
		assertThat(defaults.tiles().burst()).isEqualTo(1500);
		assertThat(defaults.idleAfter()).isEqualTo(Duration.ofMinutes(10));
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> new RateLimitProperties(true, new RateLimitProperties.Limit(-1, 5), null, null, null, null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("wijkatlas.rate-limit");
	}

	private RateLimitFilter filter(boolean enabled, RateLimitProperties.Limit limit) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("registry", this.registry);
		return new RateLimitFilter(new RateLimitProperties(enabled, limit, limit, limit, limit, 100, null),
				beans.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class));
	}

	private static MockHttpServletRequest request(String method, String path, String client) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setServletPath(path);
		request.setRemoteAddr(client);
		return request;
	}

	private static MockHttpServletResponse send(RateLimitFilter filter, String method, String path, String client)
			throws Exception {
		return send(filter, request(method, path, client));
	}

	private static MockHttpServletResponse send(RateLimitFilter filter, MockHttpServletRequest request)
			throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
