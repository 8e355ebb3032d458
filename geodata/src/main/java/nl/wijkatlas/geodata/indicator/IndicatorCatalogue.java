package nl.wijkatlas.geodata.indicator;

import nl.wijkatlas.geodata.Patterns;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.indicator.read.IndicatorDefinition;
import nl.wijkatlas.geodata.indicator.read.ValueRow;
import nl.wijkatlas.geodata.indicator.read.ValueRow.Layout;

/**
 * Decides what each indicator of an import is: its label, unit and source from the
 * bundled layout's row with the latest period, its theme, direction and description from
 * a definitions file, and otherwise what the database already holds. An indicator that
 * none of these define is unknown.
 */
final class IndicatorCatalogue {

	static final Pattern INDICATOR_CODE = Patterns.INDICATOR_CODE;

	private final KnownData known;

	private final Problems problems;

	private final UnaryOperator<String> sourceIdOf;

	private final Map<String, IndicatorDefinition> declared;

	private final Map<String, ValueRow> defining;

	private final Map<String, IndicatorRecord> indicators = new LinkedHashMap<>();

	/**
	 * A catalogue of the indicators of one import.
	 * @param known what the database holds
	 * @param problems where problems are reported
	 * @param sourceIdOf registers a cited source text and gives its id
	 * @param definitions the declared indicators
	 * @param values the figures
	 */
	IndicatorCatalogue(KnownData known, Problems problems, UnaryOperator<String> sourceIdOf,
			List<IndicatorDefinition> definitions, List<ValueRow> values) {
		this.known = known;
		this.problems = problems;
		this.sourceIdOf = sourceIdOf;
		this.declared = declarations(definitions);
		this.defining = definingRows(values);
	}

	/** The indicators defined or used, after {@link #completeDeclarations()}. */
	Collection<IndicatorRecord> indicators() {
		return List.copyOf(this.indicators.values());
	}

	boolean contains(String code) {
		return this.indicators.containsKey(code);
	}

	/**
	 * The indicator of a figure.
	 * @param row the figure
	 * @return the indicator, or null when the code is bad or no one defines it (reported
	 * unless the figure is a StatLine column, which is then left out)
	 */
	IndicatorRecord indicatorOf(ValueRow row) {
		String code = row.indicatorCode();
		if (code == null || !INDICATOR_CODE.matcher(code).matches()) {
			this.problems.add(row.file(), row.line(),
					"indicator_code '" + code + "' is not an indicator code (a letter, then letters, digits or _)");
			return null;
		}
		IndicatorRecord done = this.indicators.get(code);
		if (done != null) {
			return done;
		}
		IndicatorRecord existing = this.known.indicators().get(code);
		IndicatorDefinition declaration = this.declared.get(code);
		ValueRow definer = this.defining.get(code);
		if (definer == null && declaration == null && existing == null) {
			if (row.layout() == Layout.LONG) {
				this.problems.add(row.file(), row.line(),
						"unknown indicator " + code + ": it is not in the database; declare it in an indicator "
								+ "definitions file (indicator_code,label,unit,...) imported with these figures");
			}
			return null;
		}
		String label = first((declaration != null) ? declaration.label() : null,
				(definer != null) ? definer.indicatorLabel() : null, (existing != null) ? existing.label() : null);
		String unit = first((definer != null) ? definer.unit() : null,
				(declaration != null) ? declaration.unit() : null, (existing != null) ? existing.unit() : null);
		if (label == null) {
			this.problems.add(row.file(), row.line(),
					"indicator " + code + " has no label: give it one in the definitions file");
			return null;
		}
		if (declaration != null && declaration.unit() != null && definer != null
				&& !declaration.unit().equals(definer.unit())) {
			this.problems.add(declaration.file(), declaration.line(), "indicator " + code + " is declared with unit '"
					+ declaration.unit() + "' but its figures have unit '" + definer.unit() + "'");
		}
		String kind = Values.CATEGORY_UNIT.equals(unit) ? "CATEGORY" : "NUMBER";
		if (existing != null && !existing.valueKind().equals(kind)) {
			this.problems.add(row.file(), row.line(), "indicator " + code + " holds " + existing.valueKind()
					+ " values in the database, but unit '" + unit + "' makes it " + kind);
			return null;
		}
		String sourceId = (definer != null) ? this.sourceIdOf.apply(definer.source())
				: (existing != null) ? existing.sourceId() : this.sourceIdOf.apply(row.source());
		IndicatorRecord indicator = new IndicatorRecord(code, label, unit,
				(declaration != null) ? declaration.theme() : (existing != null) ? existing.theme() : null,
				(declaration != null) ? declaration.higherIsBetter()
						: (existing != null) ? existing.higherIsBetter() : null,
				first((declaration != null) ? declaration.description() : null,
						(existing != null) ? existing.description() : null),
				sourceId, kind,
				first((declaration != null) ? declaration.labelEn() : null,
						(existing != null) ? existing.labelEn() : null),
				(declaration != null) ? declaration.aggregation() : (existing != null) ? existing.aggregation() : null,
				(declaration != null) ? declaration.weightIndicator()
						: (existing != null) ? existing.weightIndicator() : null);
		this.indicators.put(code, indicator);
		return indicator;
	}

	/**
	 * Adds the declared indicators that no figure of the import uses, and refuses those
	 * the database does not hold either.
	 */
	void completeDeclarations() {
		for (IndicatorDefinition definition : this.declared.values()) {
			if (this.indicators.containsKey(definition.code())) {
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
			this.indicators.put(definition.code(),
					new IndicatorRecord(definition.code(), first(definition.label(), existing.label()), unit,
							definition.theme(), definition.higherIsBetter(),
							first(definition.description(), existing.description()), existing.sourceId(),
							existing.valueKind(), first(definition.labelEn(), existing.labelEn()),
							definition.aggregation(), definition.weightIndicator()));
		}
	}

	/**
	 * Refuses derivation rules that cannot work: a derived figure needs numbers, and a
	 * weighted mean a numeric weight indicator that this import or the database holds.
	 */
	void checkAggregations() {
		for (IndicatorRecord indicator : this.indicators.values()) {
			if (indicator.aggregation() == null) {
				continue;
			}
			IndicatorDefinition declaration = this.declared.get(indicator.code());
			String file = (declaration != null) ? declaration.file() : "indicator " + indicator.code();
			String line = (declaration != null) ? declaration.line() : null;
			if (!"NUMBER".equals(indicator.valueKind())) {
				this.problems.add(file, line, "indicator " + indicator.code()
						+ " holds categories: only numbers can be derived (leave aggregation blank)");
				continue;
			}
			if (indicator.weightIndicator() == null) {
				continue;
			}
			IndicatorRecord weight = this.indicators.get(indicator.weightIndicator());
			if (weight == null) {
				weight = this.known.indicators().get(indicator.weightIndicator());
			}
			if (weight == null || !"NUMBER".equals(weight.valueKind())) {
				this.problems.add(file, line, "weight_indicator " + indicator.weightIndicator() + " of "
						+ indicator.code() + " is no numeric indicator of this import or the database");
			}
		}
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
				IndicatorDefinition merged = merge(earlier, definition);
				if (merged != null) {
					declared.put(definition.code(), merged);
				}
			}
		}
		return declared;
	}

	/**
	 * One declaration from two: files may each say part of what an indicator is (one its
	 * labels and theme, another how it is derived), but never two different things of the
	 * same field.
	 * @return the merged declaration, or null when they contradict each other (reported)
	 */
	private IndicatorDefinition merge(IndicatorDefinition a, IndicatorDefinition b) {
		List<String> conflicts = new java.util.ArrayList<>();
		String label = pick("label", a.label(), b.label(), conflicts);
		String labelEn = pick("label_en", a.labelEn(), b.labelEn(), conflicts);
		String unit = pick("unit", a.unit(), b.unit(), conflicts);
		String theme = pick("theme", a.theme(), b.theme(), conflicts);
		Boolean direction = pick("higher_is_better", a.higherIsBetter(), b.higherIsBetter(), conflicts);
		String aggregation = pick("aggregation", a.aggregation(), b.aggregation(), conflicts);
		String weight = pick("weight_indicator", a.weightIndicator(), b.weightIndicator(), conflicts);
		String description = pick("description", a.description(), b.description(), conflicts);
		if (!conflicts.isEmpty()) {
			this.problems.add(b.file(), b.line(), "indicator " + b.code() + " is declared twice with a different "
					+ String.join(", ", conflicts) + ": " + a.file() + " " + a.line() + " declares it too");
			return null;
		}
		return new IndicatorDefinition(a.file(), a.line(), a.code(), label, labelEn, unit, theme, direction,
				aggregation, weight, description);
	}

	private static <T> T pick(String field, T a, T b, List<String> conflicts) {
		if (a != null && b != null && !a.equals(b)) {
			conflicts.add(field);
		}
		return (a != null) ? a : b;
	}

	/**
	 * The row of the bundled layout that defines each indicator's label, unit and source:
	 * a row of a wijk, buurt or other area before a gemeente's, then the one with the
	 * latest period (the first of those in file order). A gemeente's total is often
	 * quoted from elsewhere (a news item, an annual report) in words of its own, such as
	 * "(gemiddeld, Zwolle totaal)"; the areas' rows describe what the indicator is.
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
				this.problems.add(row.file(), row.line(),
						"indicator " + row.indicatorCode() + " has unit '" + row.unit() + "' here but '"
								+ unitRow.unit() + "' at " + unitRow.file() + " " + unitRow.line());
			}
			defining.merge(row.indicatorCode(), row, IndicatorCatalogue::definingOf);
		}
		return defining;
	}

	private static ValueRow definingOf(ValueRow a, ValueRow b) {
		boolean totalA = isGemeente(a.areaCode());
		boolean totalB = isGemeente(b.areaCode());
		if (totalA != totalB) {
			return totalA ? b : a;
		}
		return (String.valueOf(b.period()).compareTo(String.valueOf(a.period())) > 0) ? b : a;
	}

	private static boolean isGemeente(String areaCode) {
		return areaCode != null && areaCode.startsWith("GM");
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
