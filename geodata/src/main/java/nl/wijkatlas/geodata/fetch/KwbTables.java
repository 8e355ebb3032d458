package nl.wijkatlas.geodata.fetch;

import java.util.Map;
import java.util.TreeMap;

/**
 * The CBS table of "Kerncijfers wijken en buurten" per year, as the CBS catalogue lists
 * them. A year not here is looked up in the catalogue by its title; a configuration may
 * add or replace years ({@code wijkatlas.fetch.tables}).
 */
public final class KwbTables {

	/** Year → table id. */
	public static final Map<Integer, String> KNOWN = Map.ofEntries(Map.entry(2016, "83487NED"),
			Map.entry(2017, "83765NED"), Map.entry(2018, "84286NED"), Map.entry(2019, "84583NED"),
			Map.entry(2020, "84799NED"), Map.entry(2021, "85039NED"), Map.entry(2022, "85318NED"),
			Map.entry(2023, "85618NED"), Map.entry(2024, "85984NED"), Map.entry(2025, "86165NED"));

	private KwbTables() {
	}

	/**
	 * The known tables with others added or replaced.
	 * @param overrides year → table id, e.g. from {@code 2026=86400NED,2025=86165NED}
	 * @return the tables by year
	 */
	public static Map<Integer, String> with(Map<Integer, String> overrides) {
		Map<Integer, String> tables = new TreeMap<>(KNOWN);
		tables.putAll(overrides);
		return tables;
	}

	/**
	 * Reads {@code 2026=86400NED,2025=86165NED}.
	 * @param text the text; blank for none
	 * @return year → table id
	 * @throws IllegalArgumentException when an entry is not {@code YEAR=ID}
	 */
	public static Map<Integer, String> parse(String text) {
		Map<Integer, String> tables = new TreeMap<>();
		if (text == null || text.isBlank()) {
			return tables;
		}
		for (String entry : text.split("[,\\s]+")) {
			if (entry.isBlank()) {
				continue;
			}
			String[] parts = entry.split("=", 2);
			if (parts.length != 2 || !parts[0].trim().matches("[0-9]{4}")
					|| !parts[1].trim().matches("[0-9]{5}[A-Z]{3}")) {
				throw new IllegalArgumentException(
						"a table is given as YEAR=ID, e.g. 2026=86400NED; got '" + entry + "'");
			}
			tables.put(Integer.valueOf(parts[0].trim()), parts[1].trim());
		}
		return tables;
	}

}
