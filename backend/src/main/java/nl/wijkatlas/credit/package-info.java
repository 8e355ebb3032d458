/**
 * Kredieten (credits) and their budget goals: amounts, totals per area without double
 * counting, and the links to opgaven and areas. Read-only through the API.
 */
package nl.wijkatlas.credit;
