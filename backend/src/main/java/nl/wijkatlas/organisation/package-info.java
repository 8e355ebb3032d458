/**
 * Organisations an area can reach (wijkservicepunt, wijkcentrum, wijkvereniging,
 * wijkkrant) with their contact details, per area.
 */
package nl.wijkatlas.organisation;
