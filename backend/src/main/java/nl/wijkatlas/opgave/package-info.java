/**
 * Opgaven (area goals in the DIN model): queries with filters and their mutations, with
 * input validation and the write access check.
 */
package nl.wijkatlas.opgave;
