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
import nl.wijkatlas.geodata.indicator.read.IndicatorAlias;
import nl.wijkatlas.geodata.indicator.read.IndicatorDefinition;
import nl.wijkatlas.geodata.indicator.read.ReadFiles;
import nl.wijkatlas.geodata.indicator.read.ReliabilityRule;
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

	private final Map<String, String> sourceIds = new HashMap<>();

	IndicatorResolver(KnownData known, Problems problems) {
		this.known = known;
		this.problems = problems;
	}

	IndicatorDataset resolve(ReadFiles read) {
		Map<String, String> aliases = aliases(read);
		List<ValueRow> values = read.values().stream().map((row) -> canonical(row, aliases)).toList();
		for (IndicatorDefinition definition : read.definitions()) {
			if (aliases.containsKey(definition.code())) {
				this.problems.add(definition.file(), definition.line(), "indicator " + definition.code()
						+ " is an alias of " + aliases.get(definition.code()) + ": declare that one");
			}
		}
		values = withLocators(values);
		IndicatorCatalogue catalogue = new IndicatorCatalogue(this.known, this.problems, this::source,
				read.definitions(), values);
		TreeSet<String> ignored = new TreeSet<>();
		List<FigureRecord> figures = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		for (ValueRow row : values) {
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
		catalogue.checkAggregations();
		Map<String, String> datasets = new LinkedHashMap<>();
		read.dataFiles().forEach((file) -> datasets.put(IndicatorDataset.datasetOf(file), file));
		checkAliasTargets(read, aliases, catalogue, datasets.keySet());
		return new IndicatorDataset(catalogue.indicators(), withReliability(figures, read.reliability()),
				List.copyOf(this.sources.values()), datasets, ignored, newAliases(read));
	}

	/** The indicator of every alias: the database's, and this import's. */
	private Map<String, String> aliases(ReadFiles read) {
		Map<String, String> aliases = new HashMap<>(this.known.indicatorAliases());
		for (IndicatorAlias alias : read.aliases()) {
			String where = alias.line();
			if (alias.alias() == null || !IndicatorCatalogue.INDICATOR_CODE.matcher(alias.alias()).matches()
					|| alias.indicatorCode() == null
					|| !IndicatorCatalogue.INDICATOR_CODE.matcher(alias.indicatorCode()).matches()) {
				this.problems.add(alias.file(), where, "alias_code and indicator_code must both be indicator codes "
						+ "(a letter, then letters, digits or _)");
				continue;
			}
			if (alias.alias().equals(alias.indicatorCode())) {
				this.problems.add(alias.file(), where, "indicator " + alias.alias() + " is made an alias of itself");
				continue;
			}
			String earlier = this.known.indicatorAliases().get(alias.alias());
			if (earlier != null && !earlier.equals(alias.indicatorCode())) {
				this.problems.add(alias.file(), where, "alias " + alias.alias() + " already stands for " + earlier
						+ " in the database, not " + alias.indicatorCode());
				continue;
			}
			aliases.put(alias.alias(), alias.indicatorCode());
		}
		for (Map.Entry<String, String> alias : aliases.entrySet()) {
			if (aliases.containsKey(alias.getValue())) {
				this.problems.add("aliases", null, "alias " + alias.getKey() + " stands for " + alias.getValue()
						+ ", which is an alias itself: point it at the indicator");
			}
		}
		return aliases;
	}

	/**
	 * One source for a text that many figures cite with only a closing parenthesis that
	 * differs (e.g. "Gemeente Zwolle buurtmonitor ..., buurtexport ... (GEOITEM 100; ...
	 * code 'bspman')"): the parenthesis says where in the source each figure is, so it
	 * becomes the figure's locator instead of making 13,000 sources of one export. A text
	 * cited with one parenthesis only stays whole, as before.
	 */
	private List<ValueRow> withLocators(List<ValueRow> values) {
		Map<String, String[]> splits = new HashMap<>();
		Map<String, java.util.Set<String>> locators = new HashMap<>();
		for (ValueRow row : values) {
			String[] split = (row.source() != null) ? splits.computeIfAbsent(row.source(),
					(text) -> java.util.Objects.requireNonNullElse(splitLocator(text), NO_SPLIT)) : NO_SPLIT;
			if (split != NO_SPLIT) {
				locators.computeIfAbsent(split[0], (key) -> new java.util.HashSet<>()).add(split[1]);
			}
		}
		List<ValueRow> located = new ArrayList<>(values.size());
		for (ValueRow row : values) {
			String[] split = (row.source() != null) ? splits.get(row.source()) : NO_SPLIT;
			split = (split == NO_SPLIT) ? null : split;
			boolean many = split != null && locators.get(split[0]).size() > 1;
			located.add(many ? new ValueRow(row.file(), row.line(), row.layout(), row.areaCode(), row.areaName(),
					row.indicatorCode(), row.indicatorLabel(), row.unit(), row.period(), row.value(), split[0],
					split[1]) : row);
		}
		return located;
	}

	/**
	 * The text before a closing parenthesis and what it holds, e.g. {@code "export.csv
	 * (GEOITEM 100; code 'b')"} as {@code ["export.csv", "GEOITEM 100; code 'b'"]}; null
	 * when the text does not end with one (a scan, not a pattern: a backtracking pattern
	 * over 17,000 long texts cost a second).
	 */
	static String[] splitLocator(String source) {
		if (source == null) {
			return null;
		}
		String text = source.trim();
		if (!text.endsWith(")")) {
			return null;
		}
		int depth = 0;
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == ')') {
				depth++;
			}
			else if (c == '(' && --depth == 0) {
				String before = text.substring(0, i).stripTrailing();
				String inside = text.substring(i + 1, text.length() - 1).strip();
				boolean separated = i > 0 && Character.isWhitespace(text.charAt(i - 1));
				return (separated && !before.isEmpty() && !inside.isEmpty()) ? new String[] { before, inside } : null;
			}
		}
		return null;
	}

	private static final String[] NO_SPLIT = new String[0];

	private static ValueRow canonical(ValueRow row, Map<String, String> aliases) {
		String indicator = aliases.get(row.indicatorCode());
		return (indicator == null) ? row : new ValueRow(row.file(), row.line(), row.layout(), row.areaCode(),
				row.areaName(), indicator, row.indicatorLabel(), row.unit(), row.period(), row.value(), row.source());
	}

	/**
	 * Refuses aliases whose indicator nobody defines, and an alias that is an indicator
	 * with figures outside this import (making it an alias would drop them).
	 */
	private void checkAliasTargets(ReadFiles read, Map<String, String> aliases, IndicatorCatalogue catalogue,
			java.util.Set<String> datasets) {
		for (IndicatorAlias alias : read.aliases()) {
			if (!aliases.containsKey(alias.alias())) {
				continue;
			}
			if (!catalogue.contains(alias.indicatorCode())
					&& !this.known.indicators().containsKey(alias.indicatorCode())) {
				this.problems.add(alias.file(), alias.line(), "alias " + alias.alias() + " stands for indicator "
						+ alias.indicatorCode() + ", which neither this import nor the database holds");
			}
			for (String dataset : this.known.figureDatasets().getOrDefault(alias.alias(), java.util.Set.of())) {
				if (!datasets.contains(dataset) && !dataset.startsWith("derived/")) {
					this.problems.add(alias.file(), alias.line(),
							"indicator " + alias.alias() + " has figures of " + dataset
									+ " in the database: import that dataset with these aliases, so its figures "
									+ "move to " + alias.indicatorCode() + " instead of being lost");
				}
			}
		}
	}

	private static List<IndicatorAlias> newAliases(ReadFiles read) {
		Map<String, IndicatorAlias> unique = new LinkedHashMap<>();
		read.aliases().forEach((alias) -> unique.putIfAbsent(alias.alias(), alias));
		return List.copyOf(unique.values());
	}

	/**
	 * Marks the figures that a reliability rule names; a rule that names no figure of the
	 * import is a mistake (a typo in a code or a file name) and refused.
	 */
	private List<FigureRecord> withReliability(List<FigureRecord> figures, List<ReliabilityRule> rules) {
		if (rules.isEmpty()) {
			return figures;
		}
		Map<String, ReliabilityRule> byKey = new HashMap<>();
		for (ReliabilityRule rule : rules) {
			String area = this.known.aliases().getOrDefault(rule.areaCode(), rule.areaCode());
			String key = IndicatorDataset.datasetOf(String.valueOf(rule.dataset())) + " " + area + " " + rule.period();
			ReliabilityRule earlier = byKey.putIfAbsent(key, rule);
			if (earlier != null) {
				this.problems.add(rule.file(), rule.line(), "the same rule is also at " + earlier.line());
			}
		}
		java.util.Set<ReliabilityRule> used = new java.util.HashSet<>();
		List<FigureRecord> marked = new ArrayList<>(figures.size());
		for (FigureRecord figure : figures) {
			ReliabilityRule rule = byKey.get(figure.dataset() + " " + figure.areaCode() + " " + figure.period());
			if (rule == null) {
				marked.add(figure);
				continue;
			}
			used.add(rule);
			marked.add(figure.withReliability(rule.reliability(), rule.note()));
		}
		for (ReliabilityRule rule : rules) {
			if (!used.contains(rule)) {
				this.problems.add(rule.file(), rule.line(),
						"no figure of " + rule.dataset() + " for " + rule.areaCode() + " in " + rule.period()
								+ " in this import: check the dataset, area and "
								+ "period, and import the rules with their figures");
			}
		}
		return marked;
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
				IndicatorDataset.datasetOf(row.file()), "NORMAL", null, row.locator());
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
		// Thousands of figures cite the same text: make its row (a hash and some
		// patterns) once.
		return this.sourceIds.computeIfAbsent(text, (cited) -> {
			SourceRecord source = CitedSources.of(cited);
			this.sources.putIfAbsent(source.id(), source);
			return source.id();
		});
	}

	private void problem(ValueRow row, String message) {
		this.problems.add(row.file(), row.line(), message);
	}

}
