package nl.wijkatlas.geodata.indicator;

import java.math.BigDecimal;

/**
 * A row of table {@code indicator_value}.
 *
 * @param indicatorCode the indicator
 * @param areaCode the area (a gebied alias already resolved to its code)
 * @param period a year or a range of years
 * @param value the number, or null
 * @param category the category, or null
 * @param status PRESENT, MISSING or SUPPRESSED
 * @param sourceId its source
 * @param note the source's own wording, where it differs, or null
 * @param dataset the import it belongs to, e.g. {@code indicators/cbs_kerncijfers.csv}
 */
record FigureRecord(String indicatorCode, String areaCode, String period, BigDecimal value, String category,
		String status, String sourceId, String note, String dataset) {

}
