package nl.wijkatlas.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wijkatlas.support.Http;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back while the application runs: requests in between
 * get a clear DATABASE_UNAVAILABLE error quickly (no stack trace, no hanging), and the
 * application recovers by itself. Uses a throwaway PostgreSQL cluster of its own (initdb
 * and pg_ctl in a temporary directory, on a free port), never the shared one.
 */
@WijkatlasIntegrationTest(properties = { "wijkatlas.import-bundled=false" })
// The context points at a cluster that is gone after this class: close it, or its data
// version
// listener keeps reconnecting and every later statement count waits for it in vain.
@DirtiesContext
class DatabaseOutageIntegrationTest {

	private static final String QUERY = "{ areas(first: 5) { totalCount } }";

	private static Cluster cluster;

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@DynamicPropertySource
	static void throwawayCluster(DynamicPropertyRegistry registry) throws Exception {
		cluster = Cluster.start();
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + cluster.port + "/postgres");
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void removeCluster() throws Exception {
		if (cluster != null) {
			cluster.destroy();
		}
	}

	@Test
	void shouldAnswerDatabaseUnavailableWhileItIsDownAndRecoverWithoutARestart() throws Exception {
		Http http = new Http(this.port);
		assertThat(http.graphql(QUERY, null).body().at("/data/areas/totalCount").isNumber()).isTrue();

		cluster.pgCtl("stop", "-m", "fast");
		long started = System.nanoTime();
		Http.Response down = http.graphql(QUERY, null);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
		assertThat(down.code()).as(down.raw().body()).isEqualTo("DATABASE_UNAVAILABLE");
		assertThat(down.body().at("/errors/0/message").asString()).contains("try again");
		assertThat(down.header("Retry-After")).isEqualTo("5");
		assertThat(down.body().at("/errors/0/extensions/requestId").asString()).isNotBlank();
		Http.assertNoLeak(down);
		for (String path : List.of("/tiles/buurten/12/2100/1350.mvt", "/data/indicators/AantalInwoners_5.csv",
				"/data/indicators/AantalInwoners_5.csv?sep=;", "/ogc/collections/buurten/items",
				"/ogc/collections/wijken/items/WK019330", "/ogc/collections", "/data/areas/buurt.geojson",
				"/data/areas/wijk.geojson?indicator=AantalInwoners_5", "/preview/gebied/WK019330.png")) {
			long asked = System.nanoTime();
			Http.Response rest = http
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + path))
					.build());
			assertThat(Duration.ofNanos(System.nanoTime() - asked)).as(path).isLessThan(Duration.ofSeconds(5));
			assertThat(rest.status()).as(path + ": " + rest.raw().body()).isEqualTo(503);
			assertThat(rest.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(rest.header("Retry-After")).as(path).isEqualTo("5");
			assertThat(rest.raw().body()).as(path).doesNotContain("Exception").doesNotContain("SQL");
		}

		// Not ready while the database is down (a load balancer stops sending traffic),
		// but
		// alive (no restart would help).
		Http.Response notReady = management(http, "/actuator/health/readiness");
		assertThat(notReady.status()).as(notReady.raw().body()).isEqualTo(503);
		assertThat(notReady.body().at("/components/db/status").asString()).isEqualTo("DOWN");
		assertThat(management(http, "/actuator/health/liveness").status()).isEqualTo(200);

		cluster.pgCtl("start", "-w", "-l", cluster.dir.resolve("server.log").toString());
		Http.Response up = null;
		for (int attempt = 0; attempt < 30; attempt++) {
			up = http.graphql(QUERY, null);
			if (up.body().at("/data/areas/totalCount").isNumber()) {
				break;
			}
			Thread.sleep(1000);
		}
		assertThat(up.body().at("/data/areas/totalCount").isNumber()).as(up.raw().body()).isTrue();
		Http.Response ready = null;
		for (int attempt = 0; attempt < 30; attempt++) {
			ready = management(http, "/actuator/health/readiness");
			if (ready.status() == 200) {
				break;
			}
			Thread.sleep(500);
		}
		assertThat(ready.status()).as(ready.raw().body()).isEqualTo(200);
	}

	private Http.Response management(Http http, String path) {
		return http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.managementPort + path))
			.build());
	}

	/**
	 * A PostgreSQL cluster in a temporary directory, run as the postgres user when root.
	 */
	static final class Cluster {

		final Path dir;

		final int port;

		private final Path bin;

		private Cluster(Path dir, int port, Path bin) {
			this.dir = dir;
			this.port = port;
			this.bin = bin;
		}

		static Cluster start() throws Exception {
			Path bin;
			try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
				bin = versions.map((v) -> v.resolve("bin"))
					.filter((b) -> Files.isExecutable(b.resolve("initdb")))
					.max(Comparator.comparing(Path::toString))
					.orElseThrow(
							() -> new IllegalStateException("no PostgreSQL server binaries under /usr/lib/postgresql"));
			}
			Path dir = Files.createTempDirectory("wijkatlas-outage-");
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			Cluster cluster = new Cluster(dir.resolve("data"), port, bin);
			if (root()) {
				run(List.of("chown", "postgres:postgres", dir.toString()));
			}
			cluster.asOwner(List.of(bin.resolve("initdb").toString(), "-D", cluster.dir.toString(), "-U", "postgres",
					"--auth=trust", "-E", "UTF8", "--no-locale"));
			Files.writeString(cluster.dir.resolve("postgresql.auto.conf"), "port = " + port
					+ "\nlisten_addresses = 'localhost'\nunix_socket_directories = '" + cluster.dir + "'\n");
			if (root()) {
				run(List.of("chown", "postgres:postgres", cluster.dir.resolve("postgresql.auto.conf").toString()));
			}
			cluster.pgCtl("start", "-w", "-l", cluster.dir.resolve("server.log").toString());
			return cluster;
		}

		void pgCtl(String... args) throws Exception {
			List<String> command = new ArrayList<>(
					List.of(this.bin.resolve("pg_ctl").toString(), "-D", this.dir.toString()));
			command.addAll(List.of(args));
			asOwner(command);
		}

		void destroy() throws Exception {
			try {
				pgCtl("stop", "-m", "immediate");
			}
			catch (IllegalStateException ex) {
				// already stopped
			}
			try (Stream<Path> files = Files.walk(this.dir.getParent())) {
				files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}

		private void asOwner(List<String> command) throws Exception {
			List<String> full = new ArrayList<>();
			if (root()) {
				full.addAll(List.of("runuser", "-u", "postgres", "--"));
			}
			full.addAll(command);
			run(full);
		}

		private static boolean root() {
			return "root".equals(System.getProperty("user.name"));
		}

		private static void run(List<String> command) throws IOException, InterruptedException {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
			}
		}

	}

}
