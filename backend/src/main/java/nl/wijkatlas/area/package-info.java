/**
 * The area hierarchy (gemeente, stadsdelen, wijken, buurten, gebieden): the Area type and
 * its queries, area codes, the parent/children references and areaAt. Areas are read-only
 * through the API; they are written by the importers only.
 */
package nl.wijkatlas.area;
