/**
 * Reading figure files: CSV, long CSV, CBS StatLine OData JSON and indicator definitions.
 */
package nl.wijkatlas.geodata.indicator.read;
