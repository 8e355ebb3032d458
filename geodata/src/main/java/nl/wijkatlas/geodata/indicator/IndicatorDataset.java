package nl.wijkatlas.geodata.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkatlas.geodata.SourceRecord;

/**
 * A checked indicator import, ready to load.
 *
 * @param indicators the indicators as they should be after the import
 * @param figures the figures, each belonging to the dataset of its file
 * @param sources the sources the indicators and figures cite
 * @param datasets the dataset of every data file, e.g.
 * {@code indicators/cbs_kerncijfers.csv}, with its file name
 * @param ignoredColumns StatLine columns that are no known indicator and were left out
 * @param aliases the indicator aliases this import declares
 */
record IndicatorDataset(Collection<IndicatorRecord> indicators, List<FigureRecord> figures,
		Collection<SourceRecord> sources, Map<String, String> datasets, Set<String> ignoredColumns,
		List<nl.wijkatlas.geodata.indicator.read.IndicatorAlias> aliases) {

	/**
	 * The dataset key of a data file.
	 * @param fileName the file name, perhaps with directories
	 * @return {@code indicators/} and the last part of the name
	 */
	static String datasetOf(String fileName) {
		return "indicators/" + fileName.substring(fileName.lastIndexOf('/') + 1);
	}

}
