/**
 * Wijkatlas: the application's entry point. Each sub-package is one feature and says in
 * its package-info what it owns; the persistence rule, the request path and the package
 * map are in docs/architecture.md.
 */
package nl.wijkatlas;
