/**
 * Writing one gemeente's areas: staging the features, deriving wijken, stadsdelen and the
 * gemeente as unions, assigning stadsdelen, upserting without rewriting unchanged rows
 * and logging the import, all in the import's transaction.
 */
package nl.wijkatlas.geodata.area.load;
