/**
 * Who may write: bearer-token validation, the development signing key and its token
 * command, and the per-area write access check every mutation makes. Reads need no
 * authentication.
 */
package nl.wijkatlas.auth;
