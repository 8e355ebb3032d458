/**
 * What a single request may cost: the request body size and the GraphQL query limits
 * (parser limits, depth, complexity, expanded size, result nodes, input bounds), checked
 * once per cached document, operation and variables, each refusal with a stable error
 * code.
 */
package nl.wijkatlas.limits;
