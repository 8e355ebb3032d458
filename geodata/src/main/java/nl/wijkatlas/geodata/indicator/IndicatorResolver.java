package nl.wijkatlas.geodata.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.gebied.CitedSources;
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

	private final KnownData known;

	private final Problems problems;

	private final Map<String, SourceRecord> sources = new LinkedHashMap<>();

	IndicatorResolver(KnownData known, Problems problems) {
		this.known = known;
		this.problems = problems;
	}

	IndicatorDataset resolve(ReadFiles read) {
		IndicatorCatalogue catalogue = new IndicatorCatalogue(this.known, this.problems, this::source,
				read.definitions(), read.values());
		TreeSet<String> ignored = new TreeSet<>();
		List<FigureRecord> figures = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		for (ValueRow row : read.values()) {
			IndicatorRecord indicator = catalogue.indicatorOf(row);
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
		checkStatLineColumns(read, ignored, catalogue);
		catalogue.completeDeclarations();
		Map<String, String> datasets = new LinkedHashMap<>();
		read.dataFiles().forEach((file) -> datasets.put(IndicatorDataset.datasetOf(file), file));
		return new IndicatorDataset(catalogue.indicators(), figures, List.copyOf(this.sources.values()), datasets,
				ignored);
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

	private void checkStatLineColumns(ReadFiles read, TreeSet<String> ignored, IndicatorCatalogue catalogue) {
		for (String file : read.dataFiles()) {
			boolean statLine = read.values()
				.stream()
				.anyMatch((r) -> r.file().equals(file) && r.layout() == Layout.STATLINE);
			boolean used = read.values()
				.stream()
				.anyMatch((r) -> r.file().equals(file) && catalogue.contains(r.indicatorCode()));
			if (statLine && !used) {
				this.problems.add(file, null, "none of its " + ignored.size() + " columns is a known indicator ("
						+ String.join(", ", ignored.stream().limit(8).toList()) + (ignored.size() > 8 ? ", ..." : "")
						+ "); declare the ones to import in an indicator definitions file");
			}
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

}
