package nl.wijkatlas.geodata.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
 * answering from the recorded-shape fixtures under {@code src/test/resources/fetch/} (see
 * its README): the WFS pages a layer by {@code count} and {@code startIndex} with
 * {@code numberMatched} and {@code numberReturned}; the OData API answers
 * {@code TableInfos}, {@code DataProperties} and {@code TypedDataSet} pages joined by
 * {@code odata.nextLink}, and the catalogue's {@code Tables}. Every request is recorded
 * as it arrived, and faults can be scripted: a status (with headers) a number of times,
 * or a body instead of the fixture. Public, in the geodata test jar, for the backend's
 * end-to-end test of {@code ./wijkatlas fetch}.
 */
public final class StandIns implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern PDOK = Pattern.compile("^/cbs/wijkenbuurten/([0-9]{4})/wfs/v1_0$");

	private static final Pattern CBS = Pattern.compile("^/ODataApi/odata/([0-9]{5}[A-Z]{3})/([A-Za-z]+)$");

	private final HttpServer server;

	private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

	private final List<Fault> faults = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, String> catalogue = new LinkedHashMap<>();

	private boolean numberMatched = true;

	public StandIns() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::answer);
		this.server.start();
		this.catalogue.put("Kerncijfers wijken en buurten 2024", "85984NED");
		this.catalogue.put("Kerncijfers wijken en buurten 2025", "86165NED");
	}

	/** The base URL, e.g. {@code http://127.0.0.1:41234}. */
	public String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The PDOK WFS URL template, with {@code {year}}, as the fetch settings take it. */
	public String pdokUrl() {
		return base() + "/cbs/wijkenbuurten/{year}/wfs/v1_0";
	}

	/** The CBS OData v3 base URL, as the fetch settings take it. */
	public String cbsUrl() {
		return base() + "/ODataApi/odata/";
	}

	/**
	 * Settings that point the fetch here: PDOK pages of 10, no pacing.
	 * @return the settings
	 */
	FetchSettings settings() {
		return FetchSettings.defaults()
			.withPdokUrl(pdokUrl())
			.withCbsUrl(cbsUrl())
			.withPageSize(10)
			.withHttp(HttpSettings.defaults().withPacing(java.time.Duration.ZERO));
	}

	/** Every request as it arrived: path and raw query. */
	public List<String> requests() {
		return List.copyOf(this.requests);
	}

	/** Leaves {@code numberMatched} out of the WFS pages, as some servers do. */
	void withoutNumberMatched() {
		this.numberMatched = false;
	}

	/**
	 * Answers the next {@code times} requests whose path and query contain {@code part}
	 * with a status, headers and body.
	 */
	void fail(String part, int times, int status, Map<String, String> headers, String body) {
		this.faults.add(new Fault(part, times, status, headers, body));
	}

	/**
	 * Answers every request whose path and query contain {@code part} with 200 and a
	 * body.
	 */
	void answer(String part, String body) {
		this.faults.add(new Fault(part, Integer.MAX_VALUE, 200, Map.of(), body));
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		String query = exchange.getRequestURI().getRawQuery();
		String request = path + ((query != null) ? "?" + query : "");
		this.requests.add(request);
		try {
			Fault fault = fault(request);
			if (fault != null) {
				fault.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
				send(exchange, fault.status(), fault.body());
				return;
			}
			Map<String, String> parameters = parameters(query);
			Matcher pdok = PDOK.matcher(path);
			Matcher cbs = CBS.matcher(path);
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
				send(exchange, 404, "{\"odata.error\":{\"code\":\"\",\"message\":{\"lang\":\"en-US\",\"value\":"
						+ "\"Resource not found for the segment '" + path + "'.\"}}}");
			}
		}
		catch (RuntimeException ex) {
			send(exchange, 500, "stand-in failed: " + ex);
		}
	}

	private Fault fault(String request) {
		synchronized (this.faults) {
			for (int i = 0; i < this.faults.size(); i++) {
				Fault fault = this.faults.get(i);
				if (request.contains(fault.part())) {
					if (fault.times() != Integer.MAX_VALUE) {
						if (fault.times() <= 1) {
							this.faults.remove(i);
						}
						else {
							this.faults.set(i, new Fault(fault.part(), fault.times() - 1, fault.status(),
									fault.headers(), fault.body()));
						}
					}
					return fault;
				}
			}
			return null;
		}
	}

	/**
	 * One page of a layer, as a WFS 2.0 GetFeature with outputFormat application/json.
	 */
	private String wfsPage(String year, Map<String, String> parameters) {
		String layer = parameters.getOrDefault("typeNames", "").replace("wijkenbuurten:", "");
		JsonNode all = JSON.readTree(fixture("pdok/" + year + "/" + layer + ".json"));
		int start = Integer.parseInt(parameters.getOrDefault("startIndex", "0"));
		int count = Integer.parseInt(parameters.getOrDefault("count", "1000"));
		ArrayNode features = JSON.createArrayNode();
		JsonNode source = all.get("features");
		for (int i = start; i < Math.min(source.size(), start + count); i++) {
			features.add(source.get(i));
		}
		ObjectNode page = JSON.createObjectNode();
		page.put("type", "FeatureCollection");
		page.put("name", layer);
		page.set("crs", all.get("crs"));
		page.set("features", features);
		if (this.numberMatched) {
			page.put("numberMatched", source.size());
			page.put("numberReturned", features.size());
		}
		return JSON.writeValueAsString(page);
	}

	private String odata(String table, String entity, Map<String, String> parameters) {
		if (!entity.equals("TypedDataSet")) {
			return fixture("cbs/" + table + "/" + entity + ".json");
		}
		String page = (parameters.containsKey("$skiptoken")) ? "TypedDataSet-2.json" : "TypedDataSet-1.json";
		String filter = Query.encode(parameters.getOrDefault("$filter", ""));
		return fixture("cbs/" + table + "/" + page).replace("{base}", base() + "/ODataApi/odata")
			.replace("{filter}", filter);
	}

	private String catalogue(String filter) {
		ArrayNode tables = JSON.createArrayNode();
		this.catalogue.forEach((title, id) -> {
			if (filter != null && filter.equals("Title eq '" + title + "'")) {
				ObjectNode table = tables.addObject();
				table.put("Identifier", id);
				table.put("Title", title);
				table.put("Modified", "2025-03-27T02:00:00");
			}
		});
		ObjectNode root = JSON.createObjectNode();
		root.put("odata.metadata", base() + "/ODataCatalog/$metadata#Cbs.OData.WebAPI.Tables");
		root.set("value", tables);
		return JSON.writeValueAsString(root);
	}

	static String fixture(String name) {
		try (InputStream in = StandIns.class.getClassLoader().getResourceAsStream("fetch/" + name)) {
			if (in == null) {
				throw new IllegalStateException("no fixture fetch/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The decoded query parameters, in order. */
	static Map<String, String> parameters(String rawQuery) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			parameters.put(name, value);
		}
		return parameters;
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
			exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
		}
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private record Fault(String part, int times, int status, Map<String, String> headers, String body) {

	}

}
