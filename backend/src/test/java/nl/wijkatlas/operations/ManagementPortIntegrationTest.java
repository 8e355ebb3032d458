package nl.wijkatlas.operations;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Health, readiness, metrics and the runtime figures live on a management server of their
 * own, bound to loopback; the public port has none of them, whatever forwarded headers a
 * client sends. Runs with the forwarded-header handling the README once recommended
 * ({@code framework}), where the client writes the address the application sees.
 */
@WijkatlasIntegrationTest(properties = { "server.forward-headers-strategy=framework", "server.address=0.0.0.0" })
// Properties of its own, so no other test reuses the context: close it and its
// connections.
@DirtiesContext
class ManagementPortIntegrationTest {

	/**
	 * A client a port, on 127.0.0.1: the one address the management server is bound to.
	 */
	private final Map<Integer, Http> clients = new HashMap<>();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void shouldServeNothingOperationalOnThePublicPortWhateverTheForwardedHeaders() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port).isPositive();
		for (String path : new String[] { "/admin/runtime", "/actuator/runtime", "/actuator/health",
				"/actuator/prometheus" }) {
			assertThat(get(this.port, path, "X-Forwarded-For", "127.0.0.1, 203.0.113.5").statusCode()).as(path)
				.isEqualTo(404);
			assertThat(get(this.port, path, "Forwarded", "for=127.0.0.1").statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void shouldAnswerRuntimeFiguresOnTheManagementPortWithoutACollection() throws Exception {
		HttpResponse<String> response = get(this.managementPort, "/actuator/runtime", "X-Request-Id", "runtime");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = Http.JSON.readTree(response.body());
		assertThat(body.get("heapUsedMb").isNumber()).isTrue();
		assertThat(body.get("poolActive").isNumber()).isTrue();
		assertThat(body.get("threads").asInt()).isPositive();
	}

	@Test
	void shouldReportLivenessAndReadinessWithTheDatabaseAndTheDataVersionListener() throws Exception {
		HttpResponse<String> live = get(this.managementPort, "/actuator/health/liveness", "Accept", "*/*");
		assertThat(live.statusCode()).isEqualTo(200);
		assertThat(Http.JSON.readTree(live.body()).get("status").asString()).isEqualTo("UP");
		JsonNode ready = null;
		// The listener connects on its own thread right after start-up.
		for (int attempt = 0; attempt < 50; attempt++) {
			HttpResponse<String> response = get(this.managementPort, "/actuator/health/readiness", "Accept", "*/*");
			ready = Http.JSON.readTree(response.body());
			if (response.statusCode() == 200) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(ready.get("status").asString()).as(ready.toString()).isEqualTo("UP");
		assertThat(ready.at("/components/readinessState/status").asString()).isEqualTo("UP");
		assertThat(ready.at("/components/db/status").asString()).isEqualTo("UP");
		assertThat(ready.at("/components/dataVersion/status").asString()).isEqualTo("UP");
	}

	@Test
	void shouldExposeMetricsInPrometheusFormat() throws Exception {
		get(this.port, "/api/config", "Accept", "application/json");
		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus", "Accept", "text/plain");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections_active",
				"http_server_requests_seconds_count", "application=\"wijkatlas\"");
	}

	@Test
	void shouldListenOnLoopbackOnlyWithTheManagementServer() throws Exception {
		// 127.0.0.2 is this machine too (all of 127/8 is loopback on Linux), but not the
		// one
		// address the management server is bound to: the public port, bound to every
		// address,
		// answers there; the management port must not. No network interface is needed.
		InetAddress other = InetAddress.getByAddress(new byte[] { 127, 0, 0, 2 });
		try (Socket reachable = new Socket()) {
			reachable.connect(new InetSocketAddress(other, this.port), 2000);
		}
		assertThatThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(other, this.managementPort), 2000);
			}
		}).isInstanceOf(IOException.class);
	}

	private HttpResponse<String> get(int port, String path, String header, String value) {
		return this.clients.computeIfAbsent(port, Http::loopback).get(path, header, value).raw();
	}

}
