package nl.wijkatlas.geodata.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.InputFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the wijk and buurt features of PDOK's CBS Wijken en Buurten layers ({@code
 * buurtcode}, {@code buurtnaam}, {@code wijkcode}, {@code wijknaam},
 * {@code gemeentecode}, {@code gemeentenaam}, {@code water}, and some forty kerncijfers)
 * into the CBS GeoJSON layers the area importer reads ({@code statcode},
 * {@code statnaam}, {@code gmCode}, {@code rubriek}, {@code jrstatcode}). Files already
 * in that shape pass through the same way. Only land features ({@code water} other than
 * {@code JA}) of the asked gemeente are kept, whatever the server's filter did; a wijk
 * without land buurten is left out (its boundary is the union of its buurten). The
 * kerncijfers on PDOK's features are not read: the fetch takes every figure from the CBS
 * table itself, with its labels and units.
 */
final class PdokFeatures {

	private static final String RD_NEW = "urn:ogc:def:crs:EPSG::28992";

	private PdokFeatures() {
	}

	/**
	 * The two layers of one gemeente in the importer's shape.
	 *
	 * @param buurten the buurt layer
	 * @param wijken the wijk layer
	 * @param gemeenteName the gemeente's name as the features give it, or null
	 * @param notes what was left out, for the summary
	 */
	record Layers(InputFile buurten, InputFile wijken, String gemeenteName, List<String> notes) {

	}

	/**
	 * Converts one gemeente's features.
	 * @param buurten the buurt features
	 * @param wijken the wijk features
	 * @param crs the legacy {@code crs} member the features' coordinates are in, or null
	 * for RFC 7946 longitude/latitude
	 * @param gemeenteCode the gemeente
	 * @param year the year of the division
	 * @param names the names of the two files, e.g.
	 * {@code pdok-2024-GM1771-buurten.geojson}
	 * @return the layers
	 */
	static Layers convert(List<JsonNode> buurten, List<JsonNode> wijken, JsonNode crs, String gemeenteCode, int year,
			String[] names) {
		List<String> notes = new ArrayList<>();
		Set<String> gemeenteNames = new TreeSet<>();
		Map<String, ObjectNode> buurtFeatures = keep(buurten, AreaLevel.BUURT, gemeenteCode, year, gemeenteNames,
				notes);
		Map<String, ObjectNode> wijkFeatures = keep(wijken, AreaLevel.WIJK, gemeenteCode, year, gemeenteNames, notes);
		Set<String> wijkenWithBuurten = new TreeSet<>();
		buurtFeatures.keySet()
			.stream()
			.filter(AreaLevel.BUURT::matches)
			.forEach((code) -> wijkenWithBuurten.add(AreaLevel.wijkOfBuurt(code)));
		List<String> empty = wijkFeatures.keySet()
			.stream()
			.filter((code) -> AreaLevel.WIJK.matches(code) && !wijkenWithBuurten.contains(code))
			.toList();
		if (!empty.isEmpty()) {
			empty.forEach(wijkFeatures::remove);
			notes.add("left out " + empty.size() + " wijken without land buurten (" + String.join(", ", empty) + ")");
		}
		return new Layers(collection(names[0], buurtFeatures.values(), crs),
				collection(names[1], wijkFeatures.values(), crs),
				gemeenteNames.isEmpty() ? null : gemeenteNames.iterator().next(), notes);
	}

	private static Map<String, ObjectNode> keep(List<JsonNode> features, AreaLevel level, String gemeenteCode, int year,
			Set<String> gemeenteNames, List<String> notes) {
		String prefix = (level == AreaLevel.BUURT) ? "buurt" : "wijk";
		String abbreviation = (level == AreaLevel.BUURT) ? "bu" : "wk";
		Map<String, ObjectNode> kept = new TreeMap<>();
		int water = 0;
		int elsewhere = 0;
		for (JsonNode feature : features) {
			JsonNode properties = feature.path("properties");
			String code = text(properties, prefix + "code", abbreviation + "_code", "statcode");
			String gemeente = text(properties, "gemeentecode", "gm_code", "gmCode");
			String waterFlag = text(properties, "water");
			if (waterFlag != null && waterFlag.trim().toUpperCase(Locale.ROOT).equals("JA")) {
				water++;
				continue;
			}
			boolean ours = (gemeente != null) ? gemeente.trim().equals(gemeenteCode) : code != null
					&& code.trim().startsWith(((level == AreaLevel.BUURT) ? "BU" : "WK") + gemeenteCode.substring(2));
			if (!ours) {
				elsewhere++;
				continue;
			}
			String name = text(properties, prefix + "naam", abbreviation + "_naam", "statnaam");
			String gemeenteName = text(properties, "gemeentenaam", "gm_naam");
			if (gemeenteName != null && !gemeenteName.isBlank()) {
				gemeenteNames.add(gemeenteName.trim());
			}
			ObjectNode converted = Answers.MAPPER.createObjectNode();
			converted.put("type", "Feature");
			ObjectNode out = converted.putObject("properties");
			String trimmed = (code != null) ? code.trim() : null;
			out.put("statcode", trimmed);
			out.put("statnaam", (name != null) ? name.trim() : null);
			out.put("gmCode", gemeenteCode);
			out.put("rubriek", prefix);
			out.put("jrstatcode", (trimmed != null) ? year + trimmed : null);
			converted.set("geometry", feature.get("geometry"));
			// A code sent twice (a repeated page) counts once; the validator refuses
			// anything else that is wrong with a feature.
			kept.putIfAbsent((trimmed != null) ? trimmed : "~" + kept.size(), converted);
		}
		if (water > 0) {
			notes.add("left out " + water + " water " + level.plural() + " (water = JA)");
		}
		if (elsewhere > 0) {
			notes.add("left out " + elsewhere + " " + level.plural() + " of other gemeenten");
		}
		return kept;
	}

	private static InputFile collection(String name, java.util.Collection<ObjectNode> features, JsonNode crs) {
		ObjectNode root = Answers.MAPPER.createObjectNode();
		root.put("type", "FeatureCollection");
		if (crs != null && !crs.isNull()) {
			root.set("crs", crs);
		}
		ArrayNode array = root.putArray("features");
		features.stream()
			.sorted(Comparator
				.comparing((ObjectNode feature) -> feature.path("properties").path("statcode").asString("")))
			.forEach(array::add);
		return new InputFile(name, Answers.MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The legacy {@code crs} member of RD New, which a WFS answer asked for with
	 * {@code srsName=EPSG:28992} may leave out.
	 * @return the member
	 */
	static JsonNode rdNew() {
		ObjectNode crs = Answers.MAPPER.createObjectNode();
		crs.put("type", "name");
		crs.putObject("properties").put("name", RD_NEW);
		return crs;
	}

	private static String text(JsonNode properties, String... names) {
		for (String name : names) {
			JsonNode value = properties.get(name);
			if (value != null && !value.isNull() && !value.isContainer()) {
				return value.isString() ? value.stringValue() : value.asString();
			}
		}
		return null;
	}

}
