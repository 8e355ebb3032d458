package nl.wijkatlas.geodata.indicator.read;

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
 * <li>definitions: {@code indicator_code} and optionally {@code label, label_en, unit,
 * theme, higher_is_better, aggregation, weight_indicator, description, rationale} (the
 * rationale explains the row and is not stored);</li>
 * <li>aliases: {@code alias_code, indicator_code} and optionally {@code rationale}: the
 * same quantity under another code;</li>
 * <li>reliability: {@code dataset, area_code, period, reliability, note}: figures of a
 * dataset for an area and period that rest on few respondents.</li>
 * </ul>
 * Units that are spelled two ways in the sources ({@code procent} and {@code %}) are read
 * as one: see {@link #canonicalUnit(String)}. Only the shape of each row is read here;
 * codes, periods and values are checked later.
 */
final class IndicatorCsvReader {

	static final List<String> BUNDLED = List.of("area_code", "area_name", "indicator_code", "indicator_label", "year",
			"value", "unit", "source");

	static final List<String> LONG = List.of("area_code", "indicator_code", "period", "value");

	static final List<String> LONG_OPTIONAL = List.of("source");

	static final List<String> DEFINITIONS = List.of("indicator_code");

	static final List<String> DEFINITIONS_OPTIONAL = List.of("label", "label_en", "unit", "theme", "higher_is_better",
			"aggregation", "weight_indicator", "description", "rationale");

	static final List<String> ALIASES = List.of("alias_code", "indicator_code");

	static final List<String> ALIASES_OPTIONAL = List.of("rationale");

	static final List<String> RELIABILITY = List.of("dataset", "area_code", "period", "reliability", "note");

	/** How a derivable indicator is derived from the areas below. */
	static final List<String> AGGREGATIONS = List.of("SUM", "WEIGHTED_MEAN");

	/** The reliabilities a rule can give; NORMAL is every other figure's. */
	static final List<String> RELIABILITIES = List.of("FEW_RESPONDENTS");

	/**
	 * The same unit as different sources write it; the sources stay as they are and the
	 * import reads them as one, so an indicator with figures from both has one unit.
	 */
	private static final java.util.Map<String, String> UNIT_SPELLINGS = java.util.Map.of("procent", "%",
			"rapportcijfer", "rapportcijfer 1-10");

	/** What kind of file a header announces. */
	enum Kind {

		BUNDLED, LONG, DEFINITIONS, ALIASES, RELIABILITY, UNKNOWN

	}

	static Kind kindOf(CsvTable table) {
		if (table.has("alias_code")) {
			return Kind.ALIASES;
		}
		if (table.has("reliability")) {
			return Kind.RELIABILITY;
		}
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
		return table.records(bundled ? BUNDLED : LONG, bundled ? List.of() : LONG_OPTIONAL, "figures", problems,
				(row) -> new ValueRow(table.file(), row.where(),
						bundled ? ValueRow.Layout.BUNDLED : ValueRow.Layout.LONG, table.field(row, "area_code"),
						table.field(row, "area_name"), table.field(row, "indicator_code"),
						table.field(row, "indicator_label"), canonicalUnit(table.field(row, "unit")),
						table.field(row, bundled ? "year" : "period"), table.field(row, "value"),
						table.field(row, "source")));
	}

	List<IndicatorDefinition> readDefinitions(CsvTable table, Problems problems) {
		return table.records(DEFINITIONS, DEFINITIONS_OPTIONAL, "indicators", problems, (row) -> {
			String direction = table.field(row, "higher_is_better");
			if (direction != null && !"true".equals(direction) && !"false".equals(direction)) {
				problems.add(table.file(), row.where(),
						"higher_is_better is '" + direction + "'; expected true, false or blank (no direction)");
				return null;
			}
			String aggregation = table.field(row, "aggregation");
			String weight = table.field(row, "weight_indicator");
			if (aggregation != null && !AGGREGATIONS.contains(aggregation)) {
				problems.add(table.file(), row.where(), "aggregation is '" + aggregation + "'; expected "
						+ String.join(", ", AGGREGATIONS) + " or blank (never derived)");
				return null;
			}
			if ("WEIGHTED_MEAN".equals(aggregation) != (weight != null)) {
				problems.add(table.file(), row.where(), "weight_indicator is needed with aggregation WEIGHTED_MEAN "
						+ "and only then: a weighted mean needs the indicator of its denominator");
				return null;
			}
			return new IndicatorDefinition(table.file(), row.where(), table.field(row, "indicator_code"),
					table.field(row, "label"), table.field(row, "label_en"), canonicalUnit(table.field(row, "unit")),
					table.field(row, "theme"), (direction != null) ? Boolean.valueOf(direction) : null, aggregation,
					weight, table.field(row, "description"));
		});
	}

	List<IndicatorAlias> readAliases(CsvTable table, Problems problems) {
		return table.records(ALIASES, ALIASES_OPTIONAL, null, problems,
				(row) -> new IndicatorAlias(table.file(), row.where(), table.field(row, "alias_code"),
						table.field(row, "indicator_code"), table.field(row, "rationale")));
	}

	List<ReliabilityRule> readReliability(CsvTable table, Problems problems) {
		return table.records(RELIABILITY, List.of(), null, problems, (row) -> {
			String reliability = table.field(row, "reliability");
			if (!RELIABILITIES.contains(reliability)) {
				problems.add(table.file(), row.where(),
						"reliability is '" + reliability + "'; expected " + String.join(", ", RELIABILITIES));
				return null;
			}
			if (table.field(row, "note") == null) {
				problems.add(table.file(), row.where(), "the note is blank: say why the figures are less reliable");
				return null;
			}
			return new ReliabilityRule(table.file(), row.where(), table.field(row, "dataset"),
					table.field(row, "area_code"), table.field(row, "period"), reliability, table.field(row, "note"));
		});
	}

	/**
	 * The unit as the import stores it.
	 * @param unit the unit as a file writes it, or null
	 * @return the one spelling of that unit, or null
	 */
	static String canonicalUnit(String unit) {
		return (unit != null) ? UNIT_SPELLINGS.getOrDefault(unit, unit) : null;
	}

}
