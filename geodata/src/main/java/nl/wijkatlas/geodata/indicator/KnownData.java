package nl.wijkatlas.geodata.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.load.Sql;

/**
 * What the database already holds that figures are checked against: the areas, the
 * aliases of gebieden, the indicators.
 *
 * @param areaNames the name of every area by code
 * @param aliases the gebied code of every alias
 * @param indicators the indicators by code
 * @param indicatorAliases the indicator of every indicator alias
 * @param figureDatasets the datasets that hold figures of each indicator
 */
record KnownData(Map<String, String> areaNames, Map<String, String> aliases, Map<String, IndicatorRecord> indicators,
		Map<String, String> indicatorAliases, Map<String, java.util.Set<String>> figureDatasets) {

	static KnownData read(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return read(connection);
		}
		catch (SQLException ex) {
			throw new ImportException(
					"Cannot read the areas and indicators to check the figures against: " + ex.getMessage(), ex);
		}
	}

	/**
	 * What the database holds as a connection sees it: inside a transaction, with what
	 * the transaction wrote before.
	 * @param connection the connection
	 * @return what it holds
	 */
	static KnownData read(Connection connection) throws SQLException {
		Map<String, String> areas = new HashMap<>();
		Sql.query(connection, "select code, name from area", (row) -> areas.put(row.getString(1), row.getString(2)));
		Map<String, String> aliases = new HashMap<>();
		Sql.query(connection, "select alias, area_code from gebied where alias is not null",
				(row) -> aliases.put(row.getString(1), row.getString(2)));
		Map<String, IndicatorRecord> indicators = new HashMap<>();
		Sql.query(connection, "select code, label, unit, theme, higher_is_better, description, source_id, "
				+ "value_kind, label_en, aggregation, weight_indicator_code from indicator", (row) -> {
					Object direction = row.getObject(5);
					return indicators.put(row.getString(1),
							new IndicatorRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
									(Boolean) direction, row.getString(6), row.getString(7), row.getString(8),
									row.getString(9), row.getString(10), row.getString(11)));
				});
		Map<String, String> indicatorAliases = new HashMap<>();
		Sql.query(connection, "select code, indicator_code from indicator_alias",
				(row) -> indicatorAliases.put(row.getString(1), row.getString(2)));
		Map<String, java.util.Set<String>> figureDatasets = new HashMap<>();
		Sql.query(connection, "select distinct indicator_code, dataset from indicator_value",
				(row) -> figureDatasets.computeIfAbsent(row.getString(1), (code) -> new java.util.TreeSet<>())
					.add(row.getString(2)));
		return new KnownData(areas, aliases, indicators, indicatorAliases, figureDatasets);
	}

}
