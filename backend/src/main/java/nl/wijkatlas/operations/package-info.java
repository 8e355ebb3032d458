/**
 * Running the service: readiness (the gate before the bundled import is done and during
 * shutdown), the data version's health and the runtime figures on the management port.
 */
package nl.wijkatlas.operations;
