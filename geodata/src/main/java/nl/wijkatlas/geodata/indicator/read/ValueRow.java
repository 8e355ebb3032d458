package nl.wijkatlas.geodata.indicator.read;

/**
 * One figure as a file gives it, before it is checked against the database.
 *
 * @param file the file name
 * @param line where, e.g. {@code line 4}
 * @param layout which layout it came from
 * @param areaCode the area code as written (a CBS code, a gebied code or a gebied alias)
 * @param areaName the file's own name for the area, or null
 * @param indicatorCode the indicator code
 * @param indicatorLabel the file's label for the indicator, or null
 * @param unit the file's unit, or null
 * @param period the period as written (a year, or a range like 2023-2024)
 * @param value the value as written; null when blank
 * @param source the source text, or null when the file has none
 * @param locator where in the source the figure is, when the source text says so, or null
 */
public record ValueRow(String file, String line, Layout layout, String areaCode, String areaName, String indicatorCode,
		String indicatorLabel, String unit, String period, String value, String source, String locator) {

	/** A figure without a locator of its own. */
	public ValueRow(String file, String line, Layout layout, String areaCode, String areaName, String indicatorCode,
			String indicatorLabel, String unit, String period, String value, String source) {
		this(file, line, layout, areaCode, areaName, indicatorCode, indicatorLabel, unit, period, value, source, null);
	}

	/** The layouts a figure can come in. */
	public enum Layout {

		/**
		 * {@code area_code, area_name, indicator_code, indicator_label, year, value, unit,
		 * source}: defines its indicators.
		 */
		BUNDLED,

		/**
		 * {@code area_code, indicator_code, period, value[, source]}: its indicators must
		 * exist or be declared.
		 */
		LONG,

		/**
		 * CBS StatLine OData TypedDataSet: columns that are no known indicator are left
		 * out.
		 */
		STATLINE

	}

}
