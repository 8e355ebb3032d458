package nl.wijkatlas.geodata.indicator.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijkatlas.geodata.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the CBS StatLine OData {@code TypedDataSet} of a "Kerncijfers wijken en buurten"
 * table: {@code {"value": [{"WijkenEnBuurten": "WK019311  ", "AantalInwoners_5": 7755,
 * ...}]}} (or the bare array). Area codes are right-padded with spaces; {@code null}
 * means missing and {@code -99997} suppressed (checked later). Every numeric column
 * becomes a figure whose indicator code is the column key; text columns (names, region
 * kind, postcode) are left out. The table carries no period: the caller gives it.
 */
final class StatLineJsonReader {

	static final String AREA_KEY = "WijkenEnBuurten";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Pattern TABLE_ID = Pattern.compile("/([0-9]{5}[A-Z]{3})/");

	/**
	 * The figures of the file.
	 *
	 * @param rows the figures, one per record and numeric column
	 * @param tableId the StatLine table id from {@code odata.metadata}, or null
	 */
	record Result(List<ValueRow> rows, String tableId) {

	}

	Result read(String file, String text, String period, String source, Problems problems) {
		List<Map.Entry<Integer, JsonNode>> records = new ArrayList<>();
		String tableId = null;
		try (JsonParser parser = MAPPER.createParser(text)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_OBJECT) {
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					JsonToken token = parser.nextToken();
					if ("value".equals(name) && token == JsonToken.START_ARRAY) {
						readRecords(parser, records);
					}
					else if ("odata.metadata".equals(name) && token == JsonToken.VALUE_STRING) {
						Matcher id = TABLE_ID.matcher(parser.getString());
						tableId = id.find() ? id.group(1) : null;
					}
					else {
						parser.skipChildren();
					}
				}
			}
			else if (first == JsonToken.START_ARRAY) {
				readRecords(parser, records);
			}
			else {
				problems.add(file, null, "not a StatLine TypedDataSet: expected an object with a \"value\" array");
				return new Result(List.of(), null);
			}
		}
		catch (JacksonException ex) {
			problems.add(file, (ex.getLocation() != null) ? "line " + ex.getLocation().getLineNr() : null,
					"malformed JSON: " + firstLine(ex.getOriginalMessage()));
			return new Result(List.of(), null);
		}
		if (records.isEmpty()) {
			problems.add(file, null, "the TypedDataSet has no records (no \"value\" array, or an empty one)");
			return new Result(List.of(), tableId);
		}
		String given = (source != null) ? source
				: (tableId != null) ? "CBS StatLine " + tableId + " (OData TypedDataSet)" : null;
		if (period == null) {
			problems.add(file, null, "a StatLine TypedDataSet does not say its period; give it (e.g. 2025)");
		}
		if (given == null) {
			problems.add(file, null, "the TypedDataSet does not name its table (odata.metadata); give the source");
		}
		Set<String> textColumns = textColumns(records);
		List<ValueRow> rows = new ArrayList<>();
		for (Map.Entry<Integer, JsonNode> record : records) {
			String line = "line " + record.getKey();
			JsonNode area = record.getValue().get(AREA_KEY);
			if (area == null || !area.isString()) {
				problems.add(file, line, "the record has no " + AREA_KEY + " code");
				continue;
			}
			for (Map.Entry<String, JsonNode> column : record.getValue().properties()) {
				String key = column.getKey();
				if (key.equals(AREA_KEY) || key.equals("ID") || textColumns.contains(key)) {
					continue;
				}
				JsonNode value = column.getValue();
				rows.add(new ValueRow(file, line, ValueRow.Layout.STATLINE, area.stringValue().trim(), null, key, null,
						null, period, value.isNull() ? null : value.asString(), given));
			}
		}
		return new Result(rows, tableId);
	}

	private static void readRecords(JsonParser parser, List<Map.Entry<Integer, JsonNode>> records) {
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
			int line = parser.currentTokenLocation().getLineNr();
			JsonNode node = parser.readValueAsTree();
			if (node.isObject()) {
				records.add(Map.entry(line, node));
			}
		}
	}

	/** Columns with a text value anywhere: names, codes and kinds, not figures. */
	private static Set<String> textColumns(List<Map.Entry<Integer, JsonNode>> records) {
		Set<String> text = new HashSet<>();
		for (Map.Entry<Integer, JsonNode> record : records) {
			for (Map.Entry<String, JsonNode> column : record.getValue().properties()) {
				if (column.getValue().isString() || column.getValue().isContainer() || column.getValue().isBoolean()) {
					text.add(column.getKey());
				}
			}
		}
		return text;
	}

	private static String firstLine(String message) {
		String text = (message != null) ? message : "";
		int newline = text.indexOf('\n');
		return (newline < 0) ? text : text.substring(0, newline);
	}

}
