package nl.wijkatlas.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Local stand-ins for PDOK's CBS Wijken en Buurten WFS and the CBS OData v3 API,
 * answering from the geodata module's fetch fixtures
 * ({@code geodata/src/test/resources/fetch/}, whose README says what is real and what
 * synthetic) in the shapes the services document: WFS pages by
 * {@code count}/{@code startIndex} with {@code numberMatched}, OData lists joined by
 * {@code odata.nextLink}, and the catalogue's {@code Tables}. A smaller twin of the
 * geodata tests' {@code StandIns}, for the backend's end-to-end test. Every request is
 * recorded as it arrived.
 */
final class FetchStandIns implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path FIXTURES = Path.of("..", "geodata", "src", "test", "resources", "fetch")
		.toAbsolutePath()
		.normalize();

	private static final Pattern PDOK = Pattern.compile("^/cbs/wijkenbuurten/([0-9]{4})/wfs/v1_0$");

	private static final Pattern CBS = Pattern.compile("^/ODataApi/odata/([0-9]{5}[A-Z]{3})/([A-Za-z]+)$");

	private static final Map<String, String> CATALOGUE = Map.of("Kerncijfers wijken en buurten 2024", "85984NED",
			"Kerncijfers wijken en buurten 2025", "86165NED");

	private final HttpServer server;

	private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

	FetchStandIns() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::answer);
		this.server.start();
	}

	String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	String pdokUrl() {
		return base() + "/cbs/wijkenbuurten/{year}/wfs/v1_0";
	}

	String cbsUrl() {
		return base() + "/ODataApi/odata/";
	}

	List<String> requests() {
		return List.copyOf(this.requests);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		String query = exchange.getRequestURI().getRawQuery();
		this.requests.add(path + ((query != null) ? "?" + query : ""));
		Map<String, String> parameters = parameters(query);
		Matcher pdok = PDOK.matcher(path);
		Matcher cbs = CBS.matcher(path);
		try {
			if (pdok.matches()) {
				send(exchange, 200, wfsPage(pdok.group(1), parameters));
			}
			else if (cbs.matches()) {
				send(exchange, 200, odata(cbs.group(1), cbs.group(2), parameters));
			}
			else if (path.equals("/ODataCatalog/Tables")) {
				send(exchange, 200, catalogue(parameters.get("$filter")));
			}
			else {
				send(exchange, 404, "{}");
			}
		}
		catch (RuntimeException ex) {
			send(exchange, 500, "stand-in failed: " + ex);
		}
	}

	private String wfsPage(String year, Map<String, String> parameters) {
		String layer = parameters.getOrDefault("typeNames", "").replace("wijkenbuurten:", "");
		JsonNode all = JSON.readTree(fixture("pdok/" + year + "/" + layer + ".json"));
		int start = Integer.parseInt(parameters.getOrDefault("startIndex", "0"));
		int count = Integer.parseInt(parameters.getOrDefault("count", "1000"));
		JsonNode source = all.get("features");
		ArrayNode features = JSON.createArrayNode();
		for (int i = start; i < Math.min(source.size(), start + count); i++) {
			features.add(source.get(i));
		}
		ObjectNode page = JSON.createObjectNode();
		page.put("type", "FeatureCollection");
		page.put("name", layer);
		page.set("crs", all.get("crs"));
		page.set("features", features);
		page.put("numberMatched", source.size());
		page.put("numberReturned", features.size());
		return JSON.writeValueAsString(page);
	}

	private String odata(String table, String entity, Map<String, String> parameters) {
		if (!entity.equals("TypedDataSet")) {
			return fixture("cbs/" + table + "/" + entity + ".json");
		}
		String page = parameters.containsKey("$skiptoken") ? "TypedDataSet-2.json" : "TypedDataSet-1.json";
		String filter = URLEncoder.encode(parameters.getOrDefault("$filter", ""), StandardCharsets.UTF_8)
			.replace("+", "%20");
		return fixture("cbs/" + table + "/" + page).replace("{base}", base() + "/ODataApi/odata")
			.replace("{filter}", filter);
	}

	private String catalogue(String filter) {
		ArrayNode tables = JSON.createArrayNode();
		CATALOGUE.forEach((title, id) -> {
			if (("Title eq '" + title + "'").equals(filter)) {
				ObjectNode table = tables.addObject();
				table.put("Identifier", id);
				table.put("Title", title);
			}
		});
		ObjectNode root = JSON.createObjectNode();
		root.set("value", tables);
		return JSON.writeValueAsString(root);
	}

	private static String fixture(String name) {
		try {
			return Files.readString(FIXTURES.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> parameters(String rawQuery) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (rawQuery == null) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			parameters.put(URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
					(equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return parameters;
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
