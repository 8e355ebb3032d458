/**
 * Indicators and their figures: the catalogue of definitions, resolving CBS keys and
 * aliases, derived figures for wijken and the gemeente, and loading a dataset in one
 * transaction; the files are read in {@code read}.
 */
package nl.wijkatlas.geodata.indicator;
