package nl.wijkatlas.geodata.area.read;

import java.util.ArrayList;
import java.util.List;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.area.StadsdeelMembership;
import nl.wijkatlas.geodata.read.CsvTable;

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
		CsvTable table = CsvTable.read(new InputFile(file, content), problems);
		return (table != null)
				? table.records(COLUMNS, List.of(), null, problems, (row) -> toMembership(table, row, problems))
				: List.of();
	}

	private StadsdeelMembership toMembership(CsvTable table, CsvTable.Row row, Problems problems) {
		String file = table.file();
		String line = row.where();
		String wijk = table.field(row, "wijk_code");
		String stadsdeel = table.field(row, "stadsdeel_code");
		String name = table.field(row, "stadsdeel_name");
		String basis = table.field(row, "basis");
		String url = table.field(row, "source_url");
		String note = table.field(row, "note");
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

}
