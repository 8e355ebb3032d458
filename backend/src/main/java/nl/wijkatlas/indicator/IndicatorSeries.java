package nl.wijkatlas.indicator;

import java.util.List;

/**
 * The figures of one indicator for one area over every period it has, in period order.
 *
 * @param indicatorCode the indicator
 * @param values its figures, oldest first
 */
record IndicatorSeries(String indicatorCode, List<IndicatorValue> values) {

}
