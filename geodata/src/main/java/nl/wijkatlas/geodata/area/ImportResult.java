package nl.wijkatlas.geodata.area;

import java.util.Map;
import java.util.stream.Collectors;

import nl.wijkatlas.geodata.AreaLevel;

/**
 * What an import did.
 *
 * @param dataset the dataset key, e.g. {@code areas/GM0193}
 * @param gemeenteCode the gemeente
 * @param gemeenteName its name
 * @param boundaryYear the boundary year
 * @param counts the number of areas of each level the gemeente now has
 * @param changed whether any row changed (and so the data version was bumped)
 * @param skipped whether the import was skipped because the same files were imported
 * before
 * @param dataVersion the data version after the import
 */
public record ImportResult(String dataset, String gemeenteCode, String gemeenteName, int boundaryYear,
		Map<AreaLevel, Integer> counts, boolean changed, boolean skipped, long dataVersion) {

	public int count(AreaLevel level) {
		return this.counts.getOrDefault(level, 0);
	}

	/**
	 * One line for a log or a console.
	 * @return e.g.
	 * {@code GM0193 Zwolle (2025): GEMEENTE=1 STADSDEEL=5 WIJK=16 BUURT=78; changed,
	 * data version 2}
	 */
	public String summary() {
		String counted = this.counts.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(" "));
		String outcome = this.skipped ? "skipped, already imported" : (this.changed ? "changed" : "unchanged");
		return this.gemeenteCode + " " + this.gemeenteName + " (" + this.boundaryYear + "): " + counted + "; " + outcome
				+ ", data version " + this.dataVersion;
	}

}
