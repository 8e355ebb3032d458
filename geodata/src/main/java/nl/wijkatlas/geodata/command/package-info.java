/**
 * The import program ({@link Main}): a plain {@code main}, no Spring context, that
 * {@code ./wijkatlas import} and {@code fetch} and the benchmark run. It parses a command
 * ({@link ImportCommand}, {@link FetchCommand}, {@link BundledData}), finds the database
 * and migrates its schema with the app's Flyway migrations ({@link Database}), and runs
 * the importers, each dataset in one transaction.
 */
package nl.wijkatlas.geodata.command;
