package nl.wijkatlas.geodata.indicator.read;

import java.util.ArrayList;
import java.util.List;

import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.read.CsvTable;

/**
 * Reads the CSV layouts of figures and indicator definitions; which one a file holds is
 * told by its header:
 * <ul>
 * <li>bundled: {@code area_code, area_name, indicator_code, indicator_label, year, value,
 * unit, source};</li>
 * <li>long: {@code area_code, indicator_code, period, value} and optionally
 * {@code source};</li>
 * <li>definitions: {@code indicator_code} and optionally {@code label, unit, theme,
 * higher_is_better, description, rationale} (the rationale explains the row and is not
 * stored).</li>
 * </ul>
 * Only the shape of each row is read here; codes, periods and values are checked later.
 */
final class IndicatorCsvReader {

	static final List<String> BUNDLED = List.of("area_code", "area_name", "indicator_code", "indicator_label", "year",
			"value", "unit", "source");

	static final List<String> LONG = List.of("area_code", "indicator_code", "period", "value");

	static final List<String> LONG_OPTIONAL = List.of("source");

	static final List<String> DEFINITIONS = List.of("indicator_code");

	static final List<String> DEFINITIONS_OPTIONAL = List.of("label", "unit", "theme", "higher_is_better",
			"description", "rationale");

	/** What kind of file a header announces. */
	enum Kind {

		BUNDLED, LONG, DEFINITIONS, UNKNOWN

	}

	static Kind kindOf(CsvTable table) {
		if (table.has("area_name") || table.has("indicator_label") || table.has("year")
				|| table.has("unit") && table.has("area_code")) {
			return Kind.BUNDLED;
		}
		if (table.has("area_code") || table.has("period") || table.has("value")) {
			return Kind.LONG;
		}
		if (table.has("indicator_code")) {
			return Kind.DEFINITIONS;
		}
		return Kind.UNKNOWN;
	}

	List<ValueRow> readValues(CsvTable table, Kind kind, Problems problems) {
		boolean bundled = kind == Kind.BUNDLED;
		if (!table.checkHeader(bundled ? BUNDLED : LONG, bundled ? List.of() : LONG_OPTIONAL, problems)) {
			return List.of();
		}
		if (table.rows().isEmpty()) {
			problems.add(table.file(), null, "the file has a header but no figures");
			return List.of();
		}
		List<ValueRow> rows = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			if (!table.checkWidth(row, problems)) {
				continue;
			}
			rows.add(new ValueRow(table.file(), row.where(), bundled ? ValueRow.Layout.BUNDLED : ValueRow.Layout.LONG,
					table.field(row, "area_code"), table.field(row, "area_name"), table.field(row, "indicator_code"),
					table.field(row, "indicator_label"), table.field(row, "unit"),
					table.field(row, bundled ? "year" : "period"), table.field(row, "value"),
					table.field(row, "source")));
		}
		return rows;
	}

	List<IndicatorDefinition> readDefinitions(CsvTable table, Problems problems) {
		if (!table.checkHeader(DEFINITIONS, DEFINITIONS_OPTIONAL, problems)) {
			return List.of();
		}
		if (table.rows().isEmpty()) {
			problems.add(table.file(), null, "the file has a header but no indicators");
			return List.of();
		}
		List<IndicatorDefinition> definitions = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			if (!table.checkWidth(row, problems)) {
				continue;
			}
			String direction = table.field(row, "higher_is_better");
			if (direction != null && !"true".equals(direction) && !"false".equals(direction)) {
				problems.add(table.file(), row.where(),
						"higher_is_better is '" + direction + "'; expected true, false or blank (no direction)");
				continue;
			}
			definitions.add(new IndicatorDefinition(table.file(), row.where(), table.field(row, "indicator_code"),
					table.field(row, "label"), table.field(row, "unit"), table.field(row, "theme"),
					(direction != null) ? Boolean.valueOf(direction) : null, table.field(row, "description")));
		}
		return definitions;
	}

}
