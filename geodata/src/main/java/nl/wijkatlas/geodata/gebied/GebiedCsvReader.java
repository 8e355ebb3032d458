package nl.wijkatlas.geodata.gebied;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.read.CsvTable;

/**
 * Reads a gebieden file: CSV with columns {@code code, name, buurt_codes, approximate,
 * note, source, alias}. {@code buurt_codes} are CBS buurt codes separated by spaces;
 * {@code approximate} is {@code true} or {@code false}, and an approximate gebied needs a
 * note saying how its buurten were chosen; {@code source} is the web address or the
 * document that names the gebied; {@code alias} (optional) is the code other datasets use
 * for it.
 */
public final class GebiedCsvReader {

	static final List<String> REQUIRED = List.of("code", "name", "buurt_codes", "approximate", "source");

	static final List<String> OPTIONAL = List.of("note", "alias");

	private static final Pattern CODE = Pattern.compile("^GB[0-9]{4}_[A-Z0-9_]+$");

	private static final Pattern ALIAS = Pattern.compile("^[A-Z][A-Z0-9_]*$");

	/**
	 * Reads and checks the file on its own; whether the buurten exist is checked against
	 * the database later.
	 * @param input the file
	 * @param problems where problems are reported, each with file and line
	 * @return the gebieden read without problems
	 */
	public List<Gebied> read(InputFile input, Problems problems) {
		CsvTable table = CsvTable.read(input, problems);
		if (table == null) {
			return List.of();
		}
		Map<String, String> codes = new HashMap<>();
		Map<String, String> aliases = new HashMap<>();
		List<Gebied> gebieden = table.records(REQUIRED, OPTIONAL, "gebieden", problems, (row) -> {
			Gebied gebied = toGebied(table, row, problems);
			if (gebied == null) {
				return null;
			}
			String earlier = codes.putIfAbsent(gebied.code(), row.where());
			if (earlier != null) {
				problems.add(input.name(), row.where(),
						"duplicate code " + gebied.code() + ": " + earlier + " has it too");
				return null;
			}
			if (gebied.alias() != null) {
				String aliased = aliases.putIfAbsent(gebied.alias(), row.where());
				if (aliased != null) {
					problems.add(input.name(), row.where(),
							"duplicate alias " + gebied.alias() + ": " + aliased + " has it too");
					return null;
				}
			}
			return gebied;
		});
		long gemeenten = gebieden.stream().map(Gebied::gemeenteCode).distinct().count();
		if (gemeenten > 1) {
			problems.add(input.name(), null, "holds gebieden of " + gemeenten + " gemeenten; one file per gemeente");
		}
		return gebieden;
	}

	private Gebied toGebied(CsvTable table, CsvTable.Row row, Problems problems) {
		String code = table.field(row, "code");
		String name = table.field(row, "name");
		String buurten = table.field(row, "buurt_codes");
		String approximate = table.field(row, "approximate");
		String note = table.field(row, "note");
		String source = table.field(row, "source");
		String alias = table.field(row, "alias");
		List<String> errors = new ArrayList<>();
		if (code == null || !CODE.matcher(code).matches()) {
			errors.add("code '" + code + "' is not a gebied code (GB + 4 digits of the gemeente + _ + capitals, "
					+ "digits or _, e.g. GB0193_SPOORZONE)");
		}
		if (name == null) {
			errors.add("name is blank");
		}
		Set<String> buurtCodes = new LinkedHashSet<>();
		for (String buurt : (buurten != null) ? buurten.split("\\s+") : new String[0]) {
			if (!AreaLevel.BUURT.matches(buurt)) {
				errors.add("buurt code '" + buurt + "' is not a CBS buurt code (" + AreaLevel.BUURT.patternDescription()
						+ ")");
			}
			else if (code != null && CODE.matcher(code).matches()
					&& !AreaLevel.gemeenteDigits(buurt).equals(code.substring(2, 6))) {
				errors.add("buurt " + buurt + " lies in gemeente " + AreaLevel.gemeenteOf(buurt) + ", not in GM"
						+ code.substring(2, 6));
			}
			else if (!buurtCodes.add(buurt)) {
				errors.add("buurt " + buurt + " is listed twice");
			}
		}
		if (buurten == null) {
			errors.add("buurt_codes is blank: a gebied is built from at least one buurt");
		}
		if (!"true".equals(approximate) && !"false".equals(approximate)) {
			errors.add("approximate is '" + approximate + "'; expected true or false");
		}
		if ("true".equals(approximate) && note == null) {
			errors.add("an approximate gebied needs a note saying how its buurten were chosen");
		}
		if (source == null) {
			errors.add("source is blank: cite the document or web page that names the gebied");
		}
		if (alias != null && !ALIAS.matcher(alias).matches()) {
			errors.add("alias '" + alias + "' is not a code of capitals, digits and _");
		}
		if (!errors.isEmpty()) {
			errors.forEach((error) -> problems.add(table.file(), row.where(), error));
			return null;
		}
		return new Gebied(code, name, List.copyOf(buurtCodes), "true".equals(approximate), note, source, alias,
				table.file(), row.where());
	}

}
