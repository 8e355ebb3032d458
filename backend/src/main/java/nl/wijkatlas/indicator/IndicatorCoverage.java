package nl.wijkatlas.indicator;

import nl.wijkatlas.geodata.AreaLevel;

/**
 * How many areas of one level have a figure of an indicator in one period, of how many.
 */
record IndicatorCoverage(AreaLevel level, String period, int areasWithFigure, int areas) {
}
