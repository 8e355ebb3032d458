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
 * @param reliability NORMAL, or FEW_RESPONDENTS by a reliability rule
 * @param reliabilityNote why, when not NORMAL
 * @param locator where in its source the figure is, or null
 */
record FigureRecord(String indicatorCode, String areaCode, String period, BigDecimal value, String category,
		String status, String sourceId, String note, String dataset, String reliability, String reliabilityNote,
		String locator) {

	FigureRecord withReliability(String reliability, String note) {
		return new FigureRecord(this.indicatorCode, this.areaCode, this.period, this.value, this.category, this.status,
				this.sourceId, this.note, this.dataset, reliability, note, this.locator);
	}

}
