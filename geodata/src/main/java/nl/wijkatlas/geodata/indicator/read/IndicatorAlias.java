package nl.wijkatlas.geodata.indicator.read;

/**
 * Another code for an indicator, from an aliases file: the same quantity as another
 * publisher or table edition names it (PDOK's {@code aantalInwoners} is StatLine's
 * {@code AantalInwoners_5}). Figures under the alias land on the indicator.
 *
 * @param file the file name
 * @param line where, e.g. {@code line 4}
 * @param alias the other code
 * @param indicatorCode the indicator it stands for
 * @param rationale why they are the same quantity, or null
 */
public record IndicatorAlias(String file, String line, String alias, String indicatorCode, String rationale) {

}
