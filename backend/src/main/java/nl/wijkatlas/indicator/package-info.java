/**
 * Indicators and their figures: the indicator catalogue, values per area and period,
 * series, derivations of computed figures, coverage per level and comparisons with peers
 * and the city.
 */
package nl.wijkatlas.indicator;
