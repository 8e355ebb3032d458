package nl.wijkatlas.geodata.area;

import java.util.List;

import nl.wijkatlas.geodata.AreaLevel;

/**
 * The features of one level read from one file.
 *
 * @param file the file name
 * @param level the level of its features
 * @param features the features, in file order
 * @param year the boundary year the file states (CBS {@code jrstatcode}), or null
 * @param readable false when the file as a whole could not be read (empty, malformed,
 * wrong CRS); its problems are then already reported and its features are empty
 */
public record AreaLayer(String file, AreaLevel level, List<AreaFeature> features, Integer year, boolean readable) {

	public static AreaLayer unreadable(String file, AreaLevel level) {
		return new AreaLayer(file, level, List.of(), null, false);
	}

}
