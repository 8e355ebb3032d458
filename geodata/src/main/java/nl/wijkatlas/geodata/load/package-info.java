/**
 * What every importer writes with: the one transaction per import under the import lock
 * ({@link ImportTransaction}), the sources records cite ({@link Sources}) and plain JDBC
 * helpers ({@link Sql}).
 */
package nl.wijkatlas.geodata.load;
