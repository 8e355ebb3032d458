package nl.wijkatlas.geodata.fetch;

import java.net.URI;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One gemeente of a CBS Kerncijfers wijken en buurten table as downloaded.
 *
 * @param id the table id, e.g. {@code 85984NED}
 * @param title its title, e.g. {@code Kerncijfers wijken en buurten 2024}
 * @param modified the date it was last modified ({@code TableInfos.Modified}), e.g.
 * {@code 2025-03-27}
 * @param mapYear the year of the wijk and buurt division the figures are for
 * ({@code DataProperties} GeoDetail {@code MapYear}), or null when not given
 * @param period the table's period ({@code TableInfos.Period}), or null
 * @param topics the numeric columns, in the table's order
 * @param rows the {@code TypedDataSet} rows, as sent
 * @param request the URL of the rows' first page (or the file they were read from)
 */
record CbsTable(String id, String title, String modified, Integer mapYear, String period, List<Topic> topics,
		List<JsonNode> rows, URI request) {

	/**
	 * A numeric column, as {@code DataProperties} describes it.
	 *
	 * @param key the column key, e.g. {@code AantalInwoners_5}
	 * @param title its title, e.g. {@code Aantal inwoners}
	 * @param unit its unit, e.g. {@code aantal}
	 * @param description what it measures, or null
	 * @param theme the title of its outermost topic group, in lower case, e.g.
	 * {@code bevolking}
	 */
	record Topic(String key, String title, String unit, String description, String theme) {

	}

}
