package nl.wijkatlas.geodata.area;

/**
 * One row of a stadsdeel mapping: a wijk and the stadsdeel it belongs to.
 *
 * @param wijkCode the wijk, e.g. {@code WK019310}
 * @param stadsdeelCode the stadsdeel, e.g. {@code SD0193_MIDDEN}
 * @param stadsdeelName the stadsdeel's name, e.g. {@code Midden}
 * @param provisional true when the cited source does not state the membership outright
 * ({@code basis = PROVISIONAL})
 * @param sourceUrl the page that supports the membership, or null
 * @param note what the source says, or null
 * @param file the file name, for messages
 * @param line where the row is, e.g. {@code line 4}
 */
public record StadsdeelMembership(String wijkCode, String stadsdeelCode, String stadsdeelName, boolean provisional,
		String sourceUrl, String note, String file, String line) {

}
