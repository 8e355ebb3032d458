/**
 * Free-form gebieden built from buurten (a CSV of gebied → buurten), with the sources
 * they cite, in one transaction.
 */
package nl.wijkatlas.geodata.gebied;
