package nl.wijkatlas.indicator;

import nl.wijkatlas.area.Area;

/**
 * One figure of an area in a period, with what a reader compares it with: the gemeente's
 * figure for the same indicator and period, and the area's figure in the indicator's
 * preceding period. A missing or suppressed figure has no value and no category, never 0.
 * All comparisons are computed in SQL. A figure may rest on few respondents
 * ({@code reliability}) or be derived from the areas below ({@code derivation}, null for
 * a published figure).
 */
public record IndicatorValue(String indicatorCode, Area area, String period, Double value, String category,
		String status, Double cityAverage, String previousPeriod, Double previousValue,
		Double differenceFromCityAverage, String sourceId, String note, String reliability, String reliabilityNote,
		Derivation derivation, String sourceLocator, Peers peers) {

}
