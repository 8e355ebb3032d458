package nl.wijkatlas.geodata.indicator.read;

import java.util.List;

/**
 * What the files of one indicator import hold.
 *
 * @param values the figures, from every data file
 * @param definitions the declared indicators
 * @param aliases the other codes of indicators
 * @param reliability the reliability rules
 * @param dataFiles the names of the files that hold figures, in order
 * @param definitionFiles the names of the definitions files
 */
public record ReadFiles(List<ValueRow> values, List<IndicatorDefinition> definitions, List<IndicatorAlias> aliases,
		List<ReliabilityRule> reliability, List<String> dataFiles, List<String> definitionFiles) {

}
