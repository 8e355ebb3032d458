/**
 * Resident initiatives: queries with filters, their mutations, and the check that a
 * location lies in the areas an initiative names.
 */
package nl.wijkatlas.initiative;
