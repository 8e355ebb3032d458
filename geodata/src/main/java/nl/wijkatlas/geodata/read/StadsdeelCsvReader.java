package nl.wijkatlas.geodata.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.StadsdeelMembership;

/**
 * Reads a stadsdeel mapping: CSV with columns {@code wijk_code, stadsdeel_code,
 * stadsdeel_name, basis, source_url, note}, where {@code basis} is {@code STATED} (a
 * source states the membership; needs a {@code source_url}) or {@code PROVISIONAL} (needs
 * a note).
 */
public final class StadsdeelCsvReader {

	private static final List<String> COLUMNS = List.of("wijk_code", "stadsdeel_code", "stadsdeel_name", "basis",
			"source_url", "note");

	public List<StadsdeelMembership> read(String file, byte[] content, Problems problems) {
		List<Csv.Row> rows;
		try {
			rows = Csv.parse(new String(content, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			problems.add(file, null, "malformed CSV: " + ex.getMessage());
			return List.of();
		}
		if (rows.isEmpty()) {
			problems.add(file, null, "file is empty");
			return List.of();
		}
		Map<String, Integer> index = new TreeMap<>();
		List<String> header = rows.get(0).fields();
		for (int i = 0; i < header.size(); i++) {
			index.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
		}
		List<String> missing = COLUMNS.stream().filter((column) -> !index.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			problems.add(file, "line 1",
					"missing columns " + String.join(", ", missing) + " (expected " + String.join(",", COLUMNS) + ")");
			return List.of();
		}
		List<StadsdeelMembership> memberships = new ArrayList<>();
		for (Csv.Row row : rows.subList(1, rows.size())) {
			StadsdeelMembership membership = toMembership(file, row, index, problems);
			if (membership != null) {
				memberships.add(membership);
			}
		}
		return memberships;
	}

	private StadsdeelMembership toMembership(String file, Csv.Row row, Map<String, Integer> index, Problems problems) {
		String line = "line " + row.line();
		String wijk = field(row, index, "wijk_code");
		String stadsdeel = field(row, index, "stadsdeel_code");
		String name = field(row, index, "stadsdeel_name");
		String basis = field(row, index, "basis");
		String url = field(row, index, "source_url");
		String note = field(row, index, "note");
		List<String> errors = new ArrayList<>();
		if (!AreaLevel.WIJK.matches(wijk)) {
			errors.add("wijk_code '" + wijk + "' is not a wijk code (" + AreaLevel.WIJK.patternDescription() + ")");
		}
		if (!AreaLevel.STADSDEEL.matches(stadsdeel)) {
			errors.add("stadsdeel_code '" + stadsdeel + "' is not a stadsdeel code ("
					+ AreaLevel.STADSDEEL.patternDescription() + ", e.g. SD0193_MIDDEN)");
		}
		if (name == null) {
			errors.add("stadsdeel_name is blank");
		}
		if (!"STATED".equals(basis) && !"PROVISIONAL".equals(basis)) {
			errors.add("basis is '" + basis + "'; expected STATED or PROVISIONAL");
		}
		if ("STATED".equals(basis) && url == null) {
			errors.add("a STATED membership needs a source_url");
		}
		if (url != null && !url.matches("^https?://[^\\s/]+\\S*$")) {
			errors.add("source_url '" + url + "' is not an http(s) URL");
		}
		if ("PROVISIONAL".equals(basis) && note == null) {
			errors.add("a PROVISIONAL membership needs a note saying why");
		}
		if (!errors.isEmpty()) {
			errors.forEach((error) -> problems.add(file, line, error));
			return null;
		}
		return new StadsdeelMembership(wijk, stadsdeel, name, "PROVISIONAL".equals(basis), url, note, file, line);
	}

	private static String field(Csv.Row row, Map<String, Integer> index, String column) {
		int i = index.get(column);
		if (i >= row.fields().size()) {
			return null;
		}
		String value = row.fields().get(i).trim();
		return value.isEmpty() ? null : value;
	}

}
