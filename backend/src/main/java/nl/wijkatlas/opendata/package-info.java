/**
 * Open data: the figures and the areas as files at stable URLs (CSV per indicator,
 * GeoJSON per level under {@code /data}) and as an OGC API – Features service under
 * {@code /ogc}, so spreadsheets, QGIS and other GIS tools can load them. PostGIS writes
 * the GeoJSON; the JVM never parses a geometry.
 */
package nl.wijkatlas.opendata;
