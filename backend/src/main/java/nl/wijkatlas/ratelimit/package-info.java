/**
 * Per-client rate limits: token buckets per client address and kind of request, applied
 * by one servlet filter before anything else is done for the request.
 */
package nl.wijkatlas.ratelimit;
