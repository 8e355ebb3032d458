package nl.wijkatlas.geodata.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.gebied.CitedSources;
import nl.wijkatlas.geodata.indicator.read.IndicatorDefinition;
import nl.wijkatlas.geodata.indicator.read.ReadFiles;
import nl.wijkatlas.geodata.indicator.read.ValueRow;
import nl.wijkatlas.geodata.indicator.read.ValueRow.Layout;

/**
 * Checks what the files hold against itself and the database, reporting every problem
 * with file and line, and turns it into the rows to load: area codes and gebied aliases
 * resolved, periods and values read, indicators defined (by the bundled layout's label
 * and unit, by a definitions file, or already in the database), duplicates refused.
 */
final class IndicatorResolver {

	private static final Pattern INDICATOR_CODE = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{0,99}$");

	private final KnownData known;

	private final Problems problems;

	private final Map<String, SourceRecord> sources = new LinkedHashMap<>();

	IndicatorResolver(KnownData known, Problems problems) {
		this.known = known;
		this.problems = problems;
	}

	IndicatorDataset resolve(ReadFiles read) {
		Map<String, IndicatorDefinition> declared = declarations(read.definitions());
		Map<String, ValueRow> defining = definingRows(read.values());
		TreeSet<String> ignored = new TreeSet<>();
		Map<String, IndicatorRecord> indicators = new LinkedHashMap<>();
		List<FigureRecord> figures = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		for (ValueRow row : read.values()) {
			IndicatorRecord indicator = indicator(row, defining, declared, indicators);
			if (indicator == null) {
				if (row.layout() == Layout.STATLINE && row.indicatorCode() != null) {
					ignored.add(row.indicatorCode());
				}
				continue;
			}
			FigureRecord figure = figure(row, indicator);
			if (figure == null) {
				continue;
			}
			String key = figure.indicatorCode() + " " + figure.areaCode() + " " + figure.period();
			String earlier = seen.putIfAbsent(key, row.file() + " " + row.line());
			if (earlier != null) {
				problem(row, "duplicate figure: " + figure.indicatorCode() + " for " + figure.areaCode() + " in "
						+ figure.period() + " is also at " + earlier);
				continue;
			}
			figures.add(figure);
		}
		checkStatLineColumns(read, ignored, indicators);
		checkDeclarations(declared, indicators);
		Map<String, String> datasets = new LinkedHashMap<>();
		read.dataFiles().forEach((file) -> datasets.put(IndicatorDataset.datasetOf(file), file));
		return new IndicatorDataset(List.copyOf(indicators.values()), figures, List.copyOf(this.sources.values()),
				datasets, ignored);
	}

	private Map<String, IndicatorDefinition> declarations(List<IndicatorDefinition> definitions) {
		Map<String, IndicatorDefinition> declared = new LinkedHashMap<>();
		for (IndicatorDefinition definition : definitions) {
			if (definition.code() == null || !INDICATOR_CODE.matcher(definition.code()).matches()) {
				this.problems.add(definition.file(), definition.line(), "indicator_code '" + definition.code()
						+ "' is not an indicator code (a letter, then letters, digits or _)");
				continue;
			}
			IndicatorDefinition earlier = declared.putIfAbsent(definition.code(), definition);
			if (earlier != null) {
				this.problems.add(definition.file(), definition.line(), "indicator " + definition.code()
						+ " is declared twice: " + earlier.file() + " " + earlier.line() + " declares it too");
			}
		}
		return declared;
	}

	/**
	 * The row of the bundled layout that defines each indicator's label, unit and source:
	 * the one with the latest period (the first of those in file order).
	 */
	private Map<String, ValueRow> definingRows(List<ValueRow> rows) {
		Map<String, ValueRow> defining = new HashMap<>();
		Map<String, ValueRow> firstUnit = new HashMap<>();
		for (ValueRow row : rows) {
			if (row.layout() != Layout.BUNDLED || row.indicatorCode() == null) {
				continue;
			}
			ValueRow unitRow = firstUnit.putIfAbsent(row.indicatorCode(), row);
			if (unitRow != null && !Objects.equals(unitRow.unit(), row.unit())) {
				problem(row, "indicator " + row.indicatorCode() + " has unit '" + row.unit() + "' here but '"
						+ unitRow.unit() + "' at " + unitRow.file() + " " + unitRow.line());
			}
			defining.merge(row.indicatorCode(), row,
					(a, b) -> (String.valueOf(b.period()).compareTo(String.valueOf(a.period())) > 0) ? b : a);
		}
		return defining;
	}

	private IndicatorRecord indicator(ValueRow row, Map<String, ValueRow> defining,
			Map<String, IndicatorDefinition> declared, Map<String, IndicatorRecord> indicators) {
		String code = row.indicatorCode();
		if (code == null || !INDICATOR_CODE.matcher(code).matches()) {
			problem(row,
					"indicator_code '" + code + "' is not an indicator code (a letter, then letters, digits or _)");
			return null;
		}
		IndicatorRecord done = indicators.get(code);
		if (done != null) {
			return done;
		}
		IndicatorRecord existing = this.known.indicators().get(code);
		IndicatorDefinition declaration = declared.get(code);
		ValueRow definer = defining.get(code);
		if (definer == null && declaration == null && existing == null) {
			if (row.layout() == Layout.LONG) {
				problem(row, "unknown indicator " + code + ": it is not in the database; declare it in an indicator "
						+ "definitions file (indicator_code,label,unit,...) imported with these figures");
			}
			return null;
		}
		String label = first((declaration != null) ? declaration.label() : null,
				(definer != null) ? definer.indicatorLabel() : null, (existing != null) ? existing.label() : null);
		String unit = first((definer != null) ? definer.unit() : null,
				(declaration != null) ? declaration.unit() : null, (existing != null) ? existing.unit() : null);
		if (label == null) {
			problem(row, "indicator " + code + " has no label: give it one in the definitions file");
			return null;
		}
		if (declaration != null && declaration.unit() != null && definer != null
				&& !declaration.unit().equals(definer.unit())) {
			this.problems.add(declaration.file(), declaration.line(), "indicator " + code + " is declared with unit '"
					+ declaration.unit() + "' but its figures have unit '" + definer.unit() + "'");
		}
		String kind = Values.CATEGORY_UNIT.equals(unit) ? "CATEGORY" : "NUMBER";
		if (existing != null && !existing.valueKind().equals(kind)) {
			problem(row, "indicator " + code + " holds " + existing.valueKind() + " values in the database, but unit '"
					+ unit + "' makes it " + kind);
			return null;
		}
		String sourceId = (definer != null) ? source(definer.source())
				: (existing != null) ? existing.sourceId() : source(row.source());
		IndicatorRecord indicator = new IndicatorRecord(code, label, unit,
				(declaration != null) ? declaration.theme() : (existing != null) ? existing.theme() : null,
				(declaration != null) ? declaration.higherIsBetter()
						: (existing != null) ? existing.higherIsBetter() : null,
				first((declaration != null) ? declaration.description() : null,
						(existing != null) ? existing.description() : null),
				sourceId, kind);
		indicators.put(code, indicator);
		return indicator;
	}

	private FigureRecord figure(ValueRow row, IndicatorRecord indicator) {
		boolean valid = true;
		String area = this.known.aliases().get(row.areaCode());
		if (area == null) {
			area = row.areaCode();
			if (area == null) {
				problem(row, "the area code is blank");
				valid = false;
			}
			else if (!this.known.areaNames().containsKey(area)) {
				problem(row, "unknown area code '" + area + "': no area or gebied (alias) with that code in the "
						+ "database; import its areas or gebieden first");
				valid = false;
			}
		}
		String periodError = Values.periodError(row.period(), row.layout() != Layout.BUNDLED);
		if (periodError != null) {
			// A StatLine file without a period was reported once, for the whole file.
			if (row.layout() != Layout.STATLINE || row.period() != null) {
				problem(row, periodError);
			}
			valid = false;
		}
		if (row.layout() == Layout.BUNDLED && row.unit() == null) {
			problem(row, "the unit is blank");
			valid = false;
		}
		Values.Parsed parsed = Values.parse(row.value(), "CATEGORY".equals(indicator.valueKind()), indicator.unit());
		if (parsed.error() != null) {
			problem(row, parsed.error());
			valid = false;
		}
		if (row.source() == null) {
			problem(row, "the source is blank");
			valid = false;
		}
		if (!valid) {
			return null;
		}
		return new FigureRecord(indicator.code(), area, row.period(), parsed.value(), parsed.category(),
				parsed.status(), source(row.source()), note(row, indicator, area),
				IndicatorDataset.datasetOf(row.file()));
	}

	/** The source's own wording, where it differs from the indicator's and the area's. */
	private String note(ValueRow row, IndicatorRecord indicator, String area) {
		List<String> parts = new ArrayList<>();
		if (row.indicatorLabel() != null && !row.indicatorLabel().equals(indicator.label())) {
			parts.add(row.indicatorLabel());
		}
		if (row.areaName() != null && !row.areaName().equals(this.known.areaNames().get(area))) {
			parts.add("area as the source names it: " + row.areaName());
		}
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

	private void checkStatLineColumns(ReadFiles read, TreeSet<String> ignored,
			Map<String, IndicatorRecord> indicators) {
		for (String file : read.dataFiles()) {
			boolean statLine = read.values()
				.stream()
				.anyMatch((r) -> r.file().equals(file) && r.layout() == Layout.STATLINE);
			boolean used = read.values()
				.stream()
				.anyMatch((r) -> r.file().equals(file) && indicators.containsKey(r.indicatorCode()));
			if (statLine && !used) {
				this.problems.add(file, null, "none of its " + ignored.size() + " columns is a known indicator ("
						+ String.join(", ", ignored.stream().limit(8).toList()) + (ignored.size() > 8 ? ", ..." : "")
						+ "); declare the ones to import in an indicator definitions file");
			}
		}
	}

	private void checkDeclarations(Map<String, IndicatorDefinition> declared, Map<String, IndicatorRecord> indicators) {
		for (IndicatorDefinition definition : declared.values()) {
			if (indicators.containsKey(definition.code())) {
				continue;
			}
			IndicatorRecord existing = this.known.indicators().get(definition.code());
			if (existing == null) {
				this.problems.add(definition.file(), definition.line(), "indicator " + definition.code()
						+ " has no figures in this import and is not in the database: import it with its figures");
				continue;
			}
			String unit = first(definition.unit(), existing.unit());
			if (!existing.valueKind().equals(Values.CATEGORY_UNIT.equals(unit) ? "CATEGORY" : "NUMBER")) {
				this.problems.add(definition.file(), definition.line(), "unit '" + unit + "' would change the kind of "
						+ "indicator " + definition.code() + ", which holds " + existing.valueKind() + " values");
				continue;
			}
			indicators.put(definition.code(),
					new IndicatorRecord(definition.code(), first(definition.label(), existing.label()), unit,
							definition.theme(), definition.higherIsBetter(),
							first(definition.description(), existing.description()), existing.sourceId(),
							existing.valueKind()));
		}
	}

	private String source(String text) {
		if (text == null) {
			return null;
		}
		SourceRecord source = CitedSources.of(text);
		this.sources.putIfAbsent(source.id(), source);
		return source.id();
	}

	private void problem(ValueRow row, String message) {
		this.problems.add(row.file(), row.line(), message);
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
