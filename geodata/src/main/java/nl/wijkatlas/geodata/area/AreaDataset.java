package nl.wijkatlas.geodata.area;

import java.util.List;
import java.util.Map;

import nl.wijkatlas.geodata.SourceRecord;

/**
 * A validated dataset, ready to load: the buurten of one gemeente, the names of its
 * wijken, and optionally the stadsdeel of some wijken.
 *
 * @param gemeenteCode the gemeente, e.g. {@code GM0193}
 * @param gemeenteName its name, or null to keep the name already in the database
 * @param boundaryYear the year of the boundaries
 * @param boundarySource the source of the buurt boundaries and of the CBS codes and names
 * @param buurten the buurten, valid
 * @param wijkNames the wijk names by wijk code (the wijk geometries are derived from the
 * buurten)
 * @param stadsdelen the stadsdeel mapping; empty when the gemeente has no stadsdelen
 * @param checksum the SHA-256 of the files and the import parameters
 * @param fileNames the file names, for the import log
 */
public record AreaDataset(String gemeenteCode, String gemeenteName, int boundaryYear, SourceRecord boundarySource,
		List<AreaFeature> buurten, Map<String, String> wijkNames, List<StadsdeelMembership> stadsdelen, String checksum,
		String fileNames) {

	/**
	 * The key of this dataset in the import log: one per gemeente, whatever the files.
	 * @return e.g. {@code areas/GM0193}
	 */
	public String datasetKey() {
		return datasetKey(this.gemeenteCode);
	}

	/**
	 * The key of a gemeente's areas in the import log.
	 * @param gemeenteCode e.g. {@code GM0193}
	 * @return e.g. {@code areas/GM0193}
	 */
	public static String datasetKey(String gemeenteCode) {
		return "areas/" + gemeenteCode;
	}

	/**
	 * The features read from the files: the buurten plus the wijken.
	 * @return the count recorded in the import log
	 */
	public int featureCount() {
		return this.buurten.size() + this.wijkNames.size();
	}

}
