package nl.wijkatlas.geodata.indicator.read;

/**
 * A rule from a reliability file: the figures of one dataset for one area and period are
 * less reliable than the rest, for the reason in the note (e.g. a survey whose publisher
 * left the area's indexes empty for lack of respondents).
 *
 * @param file the file name
 * @param line where, e.g. {@code line 4}
 * @param dataset the file name of the figures it applies to, e.g.
 * {@code buurt_voor_buurt_per_buurt.csv}
 * @param areaCode the area
 * @param period the period
 * @param reliability e.g. {@code FEW_RESPONDENTS}
 * @param note why, as shown with the figures
 */
public record ReliabilityRule(String file, String line, String dataset, String areaCode, String period,
		String reliability, String note) {

}
