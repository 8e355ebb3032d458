package nl.wijkatlas.geodata.fetch;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.indicator.IndicatorImportOptions;
import nl.wijkatlas.geodata.indicator.IndicatorImportResult;
import nl.wijkatlas.geodata.indicator.IndicatorImporter;
import nl.wijkatlas.geodata.indicator.read.IndicatorDefinition;
import nl.wijkatlas.geodata.load.Sql;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a downloaded CBS table into one indicator import, inside the fetch's transaction
 * (after the areas, so the buurten it names exist):
 * <ul>
 * <li>the rows become a StatLine {@code TypedDataSet} file, read by the importer's own
 * StatLine reader ({@code -99997} SUPPRESSED, {@code null} and {@code .} MISSING, never
 * 0), for the period of the table's year, each figure citing the table, its modification
 * date, the division's year and the request;</li>
 * <li>each numeric column is an indicator whose code is the CBS key. A key the database
 * does not hold is declared from {@code DataProperties} (title as label, unit,
 * description, and the outermost topic group as theme). A key it holds keeps the
 * definition it has. CBS renumbers keys between editions ({@code OppervlakteTotaal_122}
 * in 2024 is {@code OppervlakteTotaal_115} in 2025): a new key whose name without the
 * number matches exactly one indicator in the database with the same unit adds to that
 * indicator's series instead of starting another;</li>
 * <li>rows of areas the database does not hold, and figures that another dataset already
 * holds for the same indicator, area and period (the bundled figures), are left out and
 * counted.</li>
 * </ul>
 * The dataset is {@code indicators/cbs-
 *
<table>
 * -<gemeente>.json}: fetching the same table again replaces its figures, another year's
 * table adds periods.
 */
final class CbsFigures {

	private static final Pattern NUMBERED = Pattern.compile("^(.+)_([0-9]+)$");

	private static final String AREA_KEY = "WijkenEnBuurten";

	private final InputFile file;

	private final List<IndicatorDefinition> definitions;

	private final String source;

	private final String period;

	private final List<String> notes;

	private CbsFigures(InputFile file, List<IndicatorDefinition> definitions, String source, String period,
			List<String> notes) {
		this.file = file;
		this.definitions = definitions;
		this.source = source;
		this.period = period;
		this.notes = notes;
	}

	List<String> notes() {
		return this.notes;
	}

	String source() {
		return this.source;
	}

	InputFile file() {
		return this.file;
	}

	/**
	 * Prepares the import as the transaction sees the database.
	 * @param connection the transaction
	 * @param table the downloaded table
	 * @param gemeenteCode the gemeente
	 * @param year the year of the figures (their period)
	 * @return the import, ready to run
	 */
	static CbsFigures prepare(Connection connection, CbsTable table, String gemeenteCode, int year)
			throws SQLException {
		String name = "cbs-" + table.id() + "-" + gemeenteCode + ".json";
		String dataset = "indicators/" + name;
		String period = String.valueOf(year);
		String digits = gemeenteCode.substring(2);
		Map<String, String> units = new HashMap<>();
		Sql.query(connection, "select code, unit from indicator",
				(row) -> units.put(row.getString(1), (row.getString(2) != null) ? row.getString(2) : ""));
		Set<String> areas = new HashSet<>(
				Sql.query(connection, "select code from area where gemeente_code = ? or code = ?",
						(row) -> row.getString(1), gemeenteCode, gemeenteCode));
		Set<String> heldElsewhere = new HashSet<>(Sql.query(connection,
				"select v.indicator_code || ' ' || v.area_code from indicator_value v join area a on a.code = v.area_code "
						+ "where a.gemeente_code = ? and v.period = ? and v.dataset <> ? "
						+ "and v.derivation_method is null",
				(row) -> row.getString(1), gemeenteCode, period, dataset));
		Map<String, String> codes = codes(table.topics(), units);
		List<String> notes = new ArrayList<>();
		codes.forEach((key, code) -> {
			if (!key.equals(code)) {
				notes.add("CBS column " + key + " continues indicator " + code);
			}
		});
		ArrayNode rows = Answers.MAPPER.createArrayNode();
		Set<String> used = new LinkedHashSet<>();
		int otherGemeente = 0;
		Set<String> unknownAreas = new java.util.TreeSet<>();
		int kept = 0;
		for (JsonNode row : table.rows()) {
			String area = row.path(AREA_KEY).asString("").trim();
			boolean ours = area.equals("GM" + digits) || area.startsWith("WK" + digits)
					|| area.startsWith("BU" + digits);
			if (!ours) {
				otherGemeente++;
				continue;
			}
			if (!areas.contains(area)) {
				unknownAreas.add(area);
				continue;
			}
			ObjectNode out = rows.addObject();
			out.put(AREA_KEY, area);
			for (Map.Entry<String, String> column : codes.entrySet()) {
				JsonNode value = row.get(column.getKey());
				if (value == null) {
					continue;
				}
				if (heldElsewhere.contains(column.getValue() + " " + area)) {
					kept++;
					continue;
				}
				out.set(column.getValue(), value);
				used.add(column.getValue());
			}
		}
		if (otherGemeente > 0) {
			notes.add("left out " + otherGemeente + " CBS rows of other areas than " + gemeenteCode);
		}
		if (!unknownAreas.isEmpty()) {
			notes.add("left out the CBS rows of " + unknownAreas.size() + " areas the boundaries do not have ("
					+ String.join(", ", unknownAreas.stream().limit(10).toList())
					+ ((unknownAreas.size() > 10) ? ", ..." : "") + ")");
		}
		if (kept > 0) {
			notes.add("kept " + kept + " figures of " + period
					+ " that another dataset already holds (the bundled figures)");
		}
		List<IndicatorDefinition> definitions = new ArrayList<>();
		for (CbsTable.Topic topic : table.topics()) {
			String code = codes.get(topic.key());
			if (code != null && code.equals(topic.key()) && !units.containsKey(code) && used.contains(code)) {
				definitions.add(new IndicatorDefinition(name, "DataProperties " + topic.key(), code,
						(topic.title() != null) ? topic.title() : topic.key(), null, topic.unit(), topic.theme(), null,
						null, null, topic.description()));
			}
		}
		ObjectNode root = Answers.MAPPER.createObjectNode();
		root.put("odata.metadata",
				Query.withSlash(table.request().resolve(".").toString()) + "$metadata#" + table.id() + "/TypedDataSet");
		root.set("value", rows);
		InputFile file = new InputFile(name, Answers.MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
		return new CbsFigures(file, definitions, sourceText(table), period, notes);
	}

	/**
	 * Imports the figures in the transaction.
	 * @param connection the transaction
	 * @param force import even when the same figures were imported before
	 * @return what the import did
	 */
	IndicatorImportResult importInto(Connection connection, boolean force) throws SQLException {
		return IndicatorImporter.importInTransaction(connection, List.of(this.file), this.definitions,
				IndicatorImportOptions.defaults().withPeriod(this.period).withSource(this.source).withForce(force));
	}

	/**
	 * The source every figure cites: the table, its modification date, the division's
	 * year and the request, e.g.
	 * {@code CBS StatLine 85984NED Kerncijfers wijken en buurten
	 * 2024 (table modified 2025-03-27; wijk- en buurtindeling 2024) via https://...}.
	 */
	static String sourceText(CbsTable table) {
		String title = (table.title() != null) ? table.title() : "Kerncijfers wijken en buurten";
		StringBuilder text = new StringBuilder("CBS StatLine ").append(table.id()).append(' ').append(title);
		List<String> about = new ArrayList<>();
		if (table.modified() != null) {
			about.add("table modified " + table.modified());
		}
		if (table.mapYear() != null) {
			about.add("wijk- en buurtindeling " + table.mapYear());
		}
		if (!about.isEmpty()) {
			text.append(" (").append(String.join("; ", about)).append(')');
		}
		return text.append(" via ").append(table.request()).toString();
	}

	/**
	 * The indicator code of each numeric column: its key, or the one indicator in the
	 * database that an earlier edition's key of the same name and unit made.
	 */
	static Map<String, String> codes(List<CbsTable.Topic> topics, Map<String, String> units) {
		Map<String, String> codes = new LinkedHashMap<>();
		Set<String> keys = new HashSet<>();
		topics.forEach((topic) -> keys.add(topic.key()));
		Set<String> taken = new HashSet<>();
		for (CbsTable.Topic topic : topics) {
			String key = topic.key();
			if (units.containsKey(key) || !NUMBERED.matcher(key).matches()) {
				codes.put(key, key);
				continue;
			}
			String base = NUMBERED.matcher(key).replaceFirst("$1");
			String unit = (topic.unit() != null) ? topic.unit() : "";
			List<String> candidates = units.entrySet()
				.stream()
				.filter((indicator) -> !keys.contains(indicator.getKey()) && !taken.contains(indicator.getKey())
						&& NUMBERED.matcher(indicator.getKey()).matches()
						&& NUMBERED.matcher(indicator.getKey()).replaceFirst("$1").equals(base)
						&& indicator.getValue().equals(unit))
				.map(Map.Entry::getKey)
				.toList();
			String code = (candidates.size() == 1) ? candidates.get(0) : key;
			taken.add(code);
			codes.put(key, code);
		}
		return codes;
	}

}
