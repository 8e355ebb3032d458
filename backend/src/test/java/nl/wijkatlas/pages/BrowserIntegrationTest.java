package nl.wijkatlas.pages;

import java.time.Duration;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wijkatlas.support.ToolRun;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the web module's browser tests ({@code npm run e2e}: playwright-core driving one
 * system Chromium for all test files, with axe) against this application on a random
 * port, with the real database behind it. Stand-ins for PDOK run on a random local port
 * (the machine has no internet): the Locatieserver's {@code /free} in its JSON format
 * (the address "Dobbe 70" lies in Holtenbroek IV), through
 * {@code wijkatlas.locatieserver-url}, and basemap tiles (plain 256 px PNGs), through
 * {@code wijkatlas.basemap-tiles}.
 */
@WijkatlasIntegrationTest
class BrowserIntegrationTest {

	static final HttpServer PDOK = startPdokStandIn();

	static final byte[] BASEMAP_TILE = basemapTile();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void pdok(DynamicPropertyRegistry registry) {
		String base = "http://localhost:" + PDOK.getAddress().getPort();
		registry.add("wijkatlas.locatieserver-url", () -> base + "/bzk/locatieserver/search/v3_1");
		registry.add("wijkatlas.basemap-tiles", () -> base + "/basemap/{z}/{x}/{y}.png");
		registry.add("wijkatlas.basemap-attribution", () -> "Achtergrondkaart-stand-in");
		// The production policy (SecurityHeadersFilter.POLICY) with 'unsafe-eval', which
		// playwright's waitForFunction needs to evaluate its predicates in the page.
		registry.add("wijkatlas.limits.content-security-policy",
				() -> "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
						+ "img-src * data: blob:; font-src * data:; connect-src * data: blob:; worker-src 'self' blob:; "
						+ "child-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'");
	}

	@AfterAll
	static void stopPdokStandIn() {
		PDOK.stop(0);
	}

	static HttpServer startPdokStandIn() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/bzk/locatieserver/search/v3_1/free", BrowserIntegrationTest::answerFree);
			server.createContext("/basemap/", BrowserIntegrationTest::answerTile);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the PDOK stand-in", ex);
		}
	}

	/**
	 * A light tile with a darker edge: the basemap is visibly there, and plainly not
	 * PDOK's.
	 */
	static byte[] basemapTile() {
		BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xEC, 0xEB, 0xE8));
		graphics.fillRect(0, 0, 256, 256);
		graphics.setColor(new Color(0xD0, 0xCF, 0xCB));
		graphics.drawRect(0, 0, 255, 255);
		graphics.dispose();
		try {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void answerTile(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "image/png");
		exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
		exchange.sendResponseHeaders(200, BASEMAP_TILE.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(BASEMAP_TILE);
		}
	}

	static void answerFree(HttpExchange exchange) throws IOException {
		String query = (exchange.getRequestURI().getRawQuery() == null) ? "" : exchange.getRequestURI().getRawQuery();
		String q = "";
		for (String pair : query.split("&")) {
			if (pair.startsWith("q=")) {
				q = URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
			}
		}
		String docs = q.toLowerCase().contains("dobbe")
				? "{\"type\":\"adres\",\"weergavenaam\":\"Dobbe 70, 8032JX Zwolle\",\"id\":\"adr-stub-1\","
						+ "\"centroide_ll\":\"POINT(6.0889 52.5218)\",\"score\":12.5}"
				: "";
		byte[] body = ("{\"response\":{\"numFound\":" + (docs.isEmpty() ? 0 : 1) + ",\"start\":0,\"maxScore\":12.5,"
				+ "\"numFoundExact\":true,\"docs\":[" + docs + "]}}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Test
	void shouldPassEveryBrowserTestAgainstTheRunningApp() throws Exception {
		Path webDir = Path.of(System.getenv().getOrDefault("WIJKATLAS_WEB_DIR", "../web")).toAbsolutePath();
		assertThat(webDir.resolve("node_modules")).as("web dependencies installed (npm ci)").isDirectory();
		ProcessBuilder builder = new ProcessBuilder("npm", "run", "--silent", "e2e").directory(webDir.toFile());
		builder.environment().put("WIJKATLAS_BASE_URL", "http://localhost:" + this.port);
		// A guard against a hang, not a budget. `npm run e2e` is web/e2e/run.mjs: one
		// Chromium for all test files, which connect to it (docs/development.md).
		ToolRun.expectSuccess(builder, "e2e", Duration.ofMinutes(20));
	}

}
