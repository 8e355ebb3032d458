/**
 * Open data: the figures and the areas as files at stable URLs (CSV per indicator,
 * GeoJSON per level under {@code /data}) and as an OGC API – Features service under
 * {@code /ogc} (with CQL2 text filters over a whitelist of queryables, {@link Cql2Text},
 * and an HTML view for browsers, {@link OgcHtml}), so spreadsheets, QGIS and other GIS
 * tools can load them. PostGIS writes the GeoJSON; the JVM never parses a geometry (the
 * HTML view reads the properties back, not the geometry).
 */
package nl.wijkatlas.opendata;
