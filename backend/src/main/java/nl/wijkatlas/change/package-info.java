/**
 * The audit trail: every change made through the API recorded in the same transaction
 * (who, when, before and after), ids for new records and reference checks.
 */
package nl.wijkatlas.change;
