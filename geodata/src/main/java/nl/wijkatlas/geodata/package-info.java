/**
 * The import library's shared vocabulary: area levels, input files and their limits,
 * problems and the refusal that lists them ({@link ImportException}), sources, SRIDs,
 * checksums, the shared patterns and {@code DATABASE_URL}. Each kind of data has its own
 * package: {@code area}, {@code gebied}, {@code indicator}, {@code content},
 * {@code fetch}; {@code command} is the import program.
 */
package nl.wijkatlas.geodata;
