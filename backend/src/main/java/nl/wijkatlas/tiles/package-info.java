/**
 * Vector tiles (ST_AsMVT per level) with their TileJSON and style, and the 304 fast path
 * that revalidates a tile before any query.
 */
package nl.wijkatlas.tiles;
