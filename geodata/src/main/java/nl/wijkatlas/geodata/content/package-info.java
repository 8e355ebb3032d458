/**
 * The domain content of a gemeente transcribed from its documents — opgaven, kredieten,
 * initiatives, stories — read, checked against its sources and credits, and written in
 * one transaction.
 */
package nl.wijkatlas.geodata.content;
