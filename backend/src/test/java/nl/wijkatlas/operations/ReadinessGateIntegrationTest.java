package nl.wijkatlas.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import nl.wijkatlas.WijkatlasApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat listens before the start-up runners (the bundled import) have run. Until they
 * have, the public port answers every request with 503 problem+json and
 * {@code Retry-After}, readiness is down and liveness up; once start-up is done the same
 * requests are answered. A runner that waits on a latch stands in for a long import.
 */
class ReadinessGateIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final CountDownLatch importing = new CountDownLatch(1);

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void shouldRefuseWith503UntilStartUpHasFinished() throws Exception {
		Map<String, Integer> ports = new ConcurrentHashMap<>();
		SpringApplicationBuilder builder = new SpringApplicationBuilder(WijkatlasApplication.class, SlowImport.class)
			.properties("server.port=0", "management.server.port=0", "wijkatlas.import-bundled=false",
					"spring.main.banner-mode=off")
			.listeners((WebServerInitializedEvent event) -> ports.put(
					(event.getApplicationContext().getServerNamespace() != null)
							? event.getApplicationContext().getServerNamespace() : "public",
					event.getWebServer().getPort()));
		CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(builder::run);
		try {
			for (int i = 0; i < 600 && !(ports.containsKey("public") && ports.containsKey("management")); i++) {
				assertThat(started).as("start-up failed or finished early").isNotDone();
				Thread.sleep(100);
			}
			int port = ports.get("public");
			int management = ports.get("management");

			for (String path : new String[] { "/api/config", "/graphql?query=%7B__typename%7D", "/",
					"/tiles/buurten/12/2100/1350.mvt" }) {
				HttpResponse<String> early = get(port, path);
				assertThat(early.statusCode()).as(path).isEqualTo(503);
				assertThat(early.headers().firstValue("Content-Type").orElse("")).as(path)
					.startsWith("application/problem+json");
				assertThat(early.headers().firstValue("Retry-After")).as(path).hasValue("5");
				assertThat(JSON.readTree(early.body()).get("code").asString()).isEqualTo("NOT_READY");
			}
			assertThat(get(management, "/actuator/health/liveness").statusCode()).isEqualTo(200);
			HttpResponse<String> notReady = get(management, "/actuator/health/readiness");
			assertThat(notReady.statusCode()).isEqualTo(503);
			assertThat(JSON.readTree(notReady.body()).at("/components/readinessState/status").asString())
				.isEqualTo("OUT_OF_SERVICE");

			importing.countDown();
			started.get(120, TimeUnit.SECONDS);
			assertThat(get(port, "/api/config").statusCode()).isEqualTo(200);
			JsonNode ready = null;
			for (int attempt = 0; attempt < 50; attempt++) {
				HttpResponse<String> response = get(management, "/actuator/health/readiness");
				ready = JSON.readTree(response.body());
				if (response.statusCode() == 200) {
					break;
				}
				Thread.sleep(200);
			}
			assertThat(ready.get("status").asString()).as(ready.toString()).isEqualTo("UP");
		}
		finally {
			importing.countDown();
			started.thenAccept(ConfigurableApplicationContext::close).get(120, TimeUnit.SECONDS);
		}
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Configuration(proxyBeanMethods = false)
	static class SlowImport {

		@Bean
		@Order(0)
		ApplicationRunner slowImport() {
			return (args) -> importing.await(120, TimeUnit.SECONDS);
		}

	}

}
