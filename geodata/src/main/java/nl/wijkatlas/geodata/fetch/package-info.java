/**
 * {@code ./wijkatlas fetch}: one gemeente's wijk and buurt boundaries from PDOK's CBS
 * Wijken en Buurten service and its CBS Kerncijfers wijken en buurten from the CBS OData
 * API, loaded through the importers in one transaction.
 * <p>
 * Plain Java with the JDK's {@link java.net.http.HttpClient}: {@link GemeenteFetch} runs
 * from the import program ({@code command}), the app's scheduled job, or any
 * {@code main}. Every request is logged with its URL ({@link PoliteHttp}), retried with
 * exponential backoff on 429 and 5xx (honouring {@code Retry-After}) within a bounded
 * total wait, and paced. Everything is downloaded before the database is touched, so a
 * failing service leaves the database as it was; the import itself is one transaction.
 */
package nl.wijkatlas.geodata.fetch;
