/**
 * Reading shared by the importers: CSV tables and UTF-8 text with honest messages.
 */
package nl.wijkatlas.geodata.read;
