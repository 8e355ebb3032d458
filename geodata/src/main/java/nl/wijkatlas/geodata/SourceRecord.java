package nl.wijkatlas.geodata;

/**
 * A row of table {@code source}: where data comes from.
 *
 * @param id a stable slug, e.g. {@code cbs-wijkbuurtkaart-2025-generalised}
 * @param kind DATASET, DOCUMENT, WEB, DERIVED or EXAMPLE
 * @param title what it is called
 * @param publisher who publishes it, or null
 * @param url where it is, or null
 * @param year the year it describes, or null
 * @param licence its licence, or null
 * @param attribution the credit its licence asks for, or null
 * @param note anything else worth knowing, e.g. how a derived source was derived
 */
public record SourceRecord(String id, String kind, String title, String publisher, String url, Integer year,
		String licence, String attribution, String note) {

}
