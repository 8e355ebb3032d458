package nl.wijkatlas.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections that open and then stall — no request at all, half a request line, or a
 * request whose body stops half-way (slowloris) — are closed by the server, all of them
 * at once, while it keeps answering everyone else. A silent connection is closed after
 * {@code server.tomcat.connection-timeout} (10 s as shipped). A stalled body is answered
 * 400 after that time, and Tomcat then waits once more for the announced rest of the body
 * before it closes (it swallows up to {@code max-swallow-size} so that the client can
 * read the answer), so such a connection is gone after twice the timeout. The shipped
 * setting is what runs here: this test uses the shared context.
 */
@WijkatlasIntegrationTest
class SlowConnectionsIntegrationTest {

	/** As many stalled connections as the hostile test held open. */
	private static final int CONNECTIONS = 300;

	@LocalServerPort
	int port;

	@Value("${server.tomcat.connection-timeout}")
	Duration connectionTimeout;

	@Test
	void shouldShipAConnectionTimeoutOfAtMostTenSeconds() {
		assertThat(this.connectionTimeout).isLessThanOrEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void shouldCloseStalledConnectionsWhileServingOthers() throws Exception {
		Duration silentLimit = this.connectionTimeout.plusSeconds(5);
		Duration bodyLimit = this.connectionTimeout.multipliedBy(2).plusSeconds(5);
		// Compiled for Java 17: one platform thread per stalled connection.
		ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
		try {
			List<Future<Duration>> silent = new ArrayList<>();
			List<Future<Duration>> halfBody = new ArrayList<>();
			for (int i = 0; i < CONNECTIONS / 3; i++) {
				silent.add(pool.submit(stall("", silentLimit)));
				silent.add(pool.submit(stall("GET /api/config HTTP/1.1\r\nHost: local", silentLimit)));
				// Headers and 9 of the 1,000 body bytes they announce.
				halfBody.add(pool.submit(stall(
						"POST /graphql HTTP/1.1\r\nHost: localhost\r\n"
								+ "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":",
						bodyLimit)));
			}
			// Everyone else is still served while 300 connections hang.
			Thread.sleep(1_000);
			assertThat(get("/api/config")).startsWith("HTTP/1.1 200");
			for (Future<Duration> connection : silent) {
				assertThat(connection.get()).as("time until the server closed a silent connection")
					.isLessThan(silentLimit);
			}
			for (Future<Duration> connection : halfBody) {
				assertThat(connection.get()).as("time until the server closed a connection with half a body")
					.isLessThan(bodyLimit);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Opens a connection, writes {@code opening} and then nothing; answers how long until
	 * the server closed it (the read ends or is reset), or fails once {@code limit} has
	 * passed.
	 */
	private Callable<Duration> stall(String opening, Duration limit) {
		return () -> {
			long start = System.nanoTime();
			try (Socket socket = new Socket("localhost", this.port)) {
				socket.setSoTimeout((int) limit.toMillis());
				OutputStream out = socket.getOutputStream();
				out.write(opening.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				InputStream in = socket.getInputStream();
				try {
					// Whatever the server answers (nothing, or a 400/408) ends with it
					// closing.
					in.readAllBytes();
				}
				catch (SocketTimeoutException ex) {
					return limit;
				}
				catch (IOException reset) {
					// A reset is the server closing too.
				}
			}
			return Duration.ofNanos(System.nanoTime() - start);
		};
	}

	private String get(String path) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
