/**
 * Checks of area features and of a whole dataset before anything is written: geometry
 * validity and size, plausible extent, codes and the buurt → wijk hierarchy, overlaps.
 */
package nl.wijkatlas.geodata.area.validate;
