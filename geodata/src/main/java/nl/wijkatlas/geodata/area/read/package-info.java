/**
 * Reading area files into layers of features: CBS GeoJSON (with its CRS) and the CBS
 * Wijk- en Buurtkaart GeoPackage, and the stadsdeel CSV; every problem is collected, not
 * just the first.
 */
package nl.wijkatlas.geodata.area.read;
