/**
 * Geometry at the API's edge: the GeoJSON scalar (PostGIS's own GeoJSON text passed
 * through) and WGS84 positions.
 */
package nl.wijkatlas.geo;
