/**
 * RFC 9457 problem details for every refusal of the server: from Tomcat's own refusals
 * through filters to Spring's error controller, in one format.
 */
package nl.wijkatlas.problem;
