package nl.wijkatlas.geodata.area.read;

import java.util.List;

import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTable;
import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.Problems;

/**
 * The columns of a CBS wijk or buurt layer. Editions differ a little in naming, so each
 * role accepts a few spellings.
 *
 * @param code the area code column, e.g. {@code buurtcode}
 * @param name the area name column, e.g. {@code buurtnaam}
 * @param gemeente the gemeente code column
 * @param gemeenteName the gemeente name column, or null
 * @param water the land/water column, or null
 * @param jrstatcode the year-prefixed code column, or null
 */
record GeoPackageColumns(String code, String name, String gemeente, String gemeenteName, String water,
		String jrstatcode) {

	static String layerName(AreaLevel level) {
		return (level == AreaLevel.BUURT) ? "buurten" : "wijken";
	}

	static GeoPackageColumns of(FeatureTable table, AreaLevel level, String file, Problems problems) {
		String prefix = (level == AreaLevel.BUURT) ? "buurt" : "wijk";
		String code = first(table, prefix + "code", "statcode");
		String name = first(table, prefix + "naam", "statnaam");
		String gemeente = first(table, "gemeentecode", "gm_code", "gmcode");
		if (code == null || name == null || gemeente == null) {
			problems.add(file, "layer " + layerName(level), "needs columns " + prefix + "code, " + prefix
					+ "naam and gemeentecode; it has " + String.join(", ", table.getColumnNames()));
			return null;
		}
		return new GeoPackageColumns(code, name, gemeente, first(table, "gemeentenaam"), first(table, "water"),
				first(table, "jrstatcode", "jaarstatcode"));
	}

	private static String first(FeatureTable table, String... candidates) {
		List<String> columns = List.of(table.getColumnNames());
		for (String candidate : candidates) {
			for (String column : columns) {
				if (column.equalsIgnoreCase(candidate)) {
					return column;
				}
			}
		}
		return null;
	}

	/**
	 * The row filter: this gemeente, and land only when the layer distinguishes water.
	 */
	String where() {
		String gemeenteFilter = quote(this.gemeente) + " = ?";
		return (this.water != null) ? gemeenteFilter + " AND " + quote(this.water) + " = 'NEE'" : gemeenteFilter;
	}

	String text(FeatureRow row, String column) {
		if (column == null) {
			return null;
		}
		Object value = row.getValue(column);
		return (value != null) ? value.toString() : null;
	}

	Integer year(FeatureRow row) {
		String value = text(row, this.jrstatcode);
		return (value != null && value.matches("^[0-9]{4}.*")) ? Integer.valueOf(value.substring(0, 4)) : null;
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
