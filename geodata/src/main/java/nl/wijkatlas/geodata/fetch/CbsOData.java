package nl.wijkatlas.geodata.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkatlas.geodata.InputFile;
import tools.jackson.databind.JsonNode;

/**
 * The CBS OData API, version 3 ({@value #DEFAULT_URL}), for one "Kerncijfers wijken en
 * buurten" table: {@code TableInfos} (title, modification date), {@code DataProperties}
 * (each column's key, title, unit, description and data type, and the year of the
 * division, {@code MapYear}) and the {@code TypedDataSet} rows of one gemeente, filtered
 * on the {@code WijkenEnBuurten} dimension
 * ({@code startswith(WijkenEnBuurten,'GM0193') or
 * ...'WK0193' or ...'BU0193'}). Every list is followed through its {@code odata.nextLink}
 * pages; a next link to another host is refused. The table of a year not configured is
 * looked up by title in the CBS catalogue ({@value #DEFAULT_CATALOG_URL}{@code Tables}).
 *
 * @param http the client every request goes through
 * @param baseUrl the OData API (a slash is added when it has none)
 * @param catalogUrl the catalogue (a slash is added when it has none)
 * @param hint what to do instead when the service cannot be reached
 */
record CbsOData(PoliteHttp http, String baseUrl, String catalogUrl, String hint) {

	static final String DEFAULT_URL = "https://opendata.cbs.nl/ODataApi/odata/";

	static final String DEFAULT_CATALOG_URL = "https://opendata.cbs.nl/ODataCatalog/";

	static final String TITLE = "Kerncijfers wijken en buurten ";

	private static final String SERVICE = "CBS";

	private static final int MAX_PAGES = 200;

	private static final Set<String> NUMERIC = Set.of("Long", "Integer", "Short", "Byte", "Double", "Float", "Decimal");

	CbsOData {
		baseUrl = Query.withSlash(baseUrl);
		catalogUrl = Query.withSlash(catalogUrl);
	}

	/**
	 * The id of a year's Kerncijfers table, by its title in the catalogue.
	 * @param year the year
	 * @return the id, e.g. {@code 86165NED}, or null when the catalogue has no such table
	 */
	String findTable(int year) {
		URI uri = new Query(this.catalogUrl + "Tables").add("$format", "json")
			.add("$filter", "Title eq '" + TITLE + year + "'")
			.add("$select", "Identifier,Title,Modified")
			.uri();
		List<JsonNode> tables = list(uri);
		String found = null;
		for (JsonNode table : tables) {
			String id = table.path("Identifier").asString(null);
			if (id != null && (TITLE + year).equals(table.path("Title").asString("").trim())) {
				found = (found == null || id.compareTo(found) > 0) ? id : found;
			}
		}
		return found;
	}

	/**
	 * Downloads one gemeente of a table.
	 * @param tableId e.g. {@code 85984NED}
	 * @param gemeenteCode e.g. {@code GM1771}
	 * @return the table's metadata and rows
	 */
	CbsTable fetch(String tableId, String gemeenteCode) {
		String table = this.baseUrl + tableId + "/";
		URI infoUri = new Query(table + "TableInfos").add("$format", "json").uri();
		List<JsonNode> infos = list(infoUri);
		if (infos.isEmpty()) {
			throw Answers.malformed(SERVICE, infoUri, "TableInfos has no row", null);
		}
		URI propertiesUri = new Query(table + "DataProperties").add("$format", "json").uri();
		List<JsonNode> properties = list(propertiesUri);
		URI dataUri = new Query(table + "TypedDataSet").add("$format", "json")
			.add("$filter", filter(gemeenteCode))
			.uri();
		List<JsonNode> rows = list(dataUri);
		return table(tableId, infos.get(0), properties, rows, dataUri);
	}

	static String filter(String gemeenteCode) {
		String digits = gemeenteCode.substring(2);
		return "startswith(WijkenEnBuurten,'GM" + digits + "') or startswith(WijkenEnBuurten,'WK" + digits
				+ "') or startswith(WijkenEnBuurten,'BU" + digits + "')";
	}

	/**
	 * Reads a table saved from the API into a directory: {@code TableInfos.json},
	 * {@code DataProperties.json} and {@code TypedDataSet.json}, each an OData answer
	 * ({@code {"value": [...]}}) or its bare array.
	 * @param directory the directory
	 * @return the table
	 */
	static CbsTable read(Path directory) {
		JsonNode infos = file(directory.resolve("TableInfos.json"));
		JsonNode properties = file(directory.resolve("DataProperties.json"));
		JsonNode rows = file(directory.resolve("TypedDataSet.json"));
		if (infos.isEmpty()) {
			throw new FetchException(directory.resolve("TableInfos.json") + ": has no row");
		}
		String id = infos.get(0).path("Identifier").asString(null);
		if (id == null) {
			throw new FetchException(directory.resolve("TableInfos.json") + ": the row has no Identifier");
		}
		List<JsonNode> propertyList = new ArrayList<>();
		properties.forEach(propertyList::add);
		List<JsonNode> rowList = new ArrayList<>();
		rows.forEach(rowList::add);
		return table(id, infos.get(0), propertyList, rowList, directory.resolve("TypedDataSet.json").toUri());
	}

	private static JsonNode file(Path path) {
		InputFile file = InputFile.of(path);
		URI uri = path.toUri();
		JsonNode root;
		try {
			root = Answers.MAPPER.readTree(file.content());
		}
		catch (RuntimeException ex) {
			throw Answers.malformed("the file", uri, "not JSON",
					new String(file.content(), java.nio.charset.StandardCharsets.UTF_8));
		}
		JsonNode list = (root != null && root.isObject()) ? root.get("value") : root;
		if (list == null || !list.isArray()) {
			throw Answers.malformed("the file", uri, "no \"value\" array", null);
		}
		return list;
	}

	private static CbsTable table(String tableId, JsonNode info, List<JsonNode> properties, List<JsonNode> rows,
			URI dataUri) {
		Map<Integer, JsonNode> groups = new HashMap<>();
		Integer mapYear = null;
		for (JsonNode property : properties) {
			String type = property.path("Type").asString("");
			if (type.equals("TopicGroup")) {
				groups.put(property.path("ID").asInt(), property);
			}
			else if (type.equals("GeoDetail") && property.path("MapYear").isNumber()) {
				mapYear = property.path("MapYear").asInt();
			}
		}
		List<CbsTable.Topic> topics = new ArrayList<>();
		for (JsonNode property : properties) {
			if (!property.path("Type").asString("").equals("Topic")
					|| !NUMERIC.contains(property.path("Datatype").asString(""))) {
				continue;
			}
			String key = property.path("Key").asString(null);
			if (key == null || key.isBlank()) {
				continue;
			}
			topics.add(new CbsTable.Topic(key, clean(property.path("Title").asString(null)),
					clean(property.path("Unit").asString(null)), clean(property.path("Description").asString(null)),
					theme(property, groups)));
		}
		String modified = info.path("Modified").asString(null);
		return new CbsTable(tableId, clean(info.path("Title").asString(null)),
				(modified != null && modified.length() >= 10) ? modified.substring(0, 10) : modified, mapYear,
				clean(info.path("Period").asString(null)), topics, rows, dataUri);
	}

	/** The title of the topic's outermost group, in lower case, as the theme. */
	private static String theme(JsonNode property, Map<Integer, JsonNode> groups) {
		JsonNode group = null;
		JsonNode parent = property.get("ParentID");
		for (int depth = 0; parent != null && parent.isNumber() && depth < 20; depth++) {
			group = groups.get(parent.asInt());
			parent = (group != null) ? group.get("ParentID") : null;
		}
		String title = (group != null) ? clean(group.path("Title").asString(null)) : null;
		return (title != null) ? title.toLowerCase(java.util.Locale.ROOT) : null;
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.replace("\r\n", "\n").trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** Every row of an OData list, following {@code odata.nextLink}. */
	private List<JsonNode> list(URI first) {
		List<JsonNode> rows = new ArrayList<>();
		URI uri = first;
		for (int page = 0; page < MAX_PAGES; page++) {
			JsonNode root = Answers.object(SERVICE, uri, this.http.get(uri, SERVICE, this.hint));
			JsonNode value = root.get("value");
			if (value == null || !value.isArray()) {
				throw Answers.malformed(SERVICE, uri, "no \"value\" array", root.toString());
			}
			value.forEach(rows::add);
			JsonNode next = root.get("odata.nextLink");
			if (next == null || next.isNull()) {
				return rows;
			}
			uri = next(uri, next.asString(""));
		}
		throw new FetchException(SERVICE + ": " + first + " did not end after " + MAX_PAGES + " pages");
	}

	private static URI next(URI current, String link) {
		URI next;
		try {
			next = current.resolve(link);
		}
		catch (IllegalArgumentException ex) {
			throw Answers.malformed(SERVICE, current, "odata.nextLink '" + link + "' is no URL", null);
		}
		if (!next.getScheme().equals(current.getScheme()) || !next.getHost().equals(current.getHost())
				|| next.getPort() != current.getPort()) {
			throw Answers.malformed(SERVICE, current,
					"odata.nextLink '" + link + "' leads to another host than the one asked", null);
		}
		return next;
	}

}
