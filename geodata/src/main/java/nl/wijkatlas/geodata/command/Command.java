package nl.wijkatlas.geodata.command;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;

/**
 * One of the program's commands, its arguments already parsed and checked, so that a
 * wrong argument is answered before the database is touched.
 */
public interface Command {

	/**
	 * Runs the command in its own transaction(s): all or nothing.
	 * @param dataSource the database, its schema migrated
	 * @return what the command did, for standard output
	 * @throws ImportException when the data is refused (then nothing was written)
	 * @throws IllegalArgumentException when an argument turns out to be wrong
	 */
	String run(DataSource dataSource);

}
