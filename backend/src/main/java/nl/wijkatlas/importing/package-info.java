/**
 * Data at start-up and on a schedule inside the app: the bundled import when the database
 * is empty or out of date, and the optional scheduled fetch of gemeenten. The import
 * command itself is geodata's import program, not part of the app.
 */
package nl.wijkatlas.importing;
