package nl.wijkatlas.geodata.area;

import nl.wijkatlas.geodata.ImportLimits;

/**
 * How to import: each value may be left out when the files say it.
 *
 * @param gemeenteCode the gemeente to import, e.g. {@code GM0193}; required for a
 * GeoPackage, inferred from the codes of GeoJSON buurten when null
 * @param gemeenteName the gemeente's name; when null, the GeoPackage's
 * {@code gemeentenaam}, else the name already in the database
 * @param boundaryYear the boundary year; when null, the year the files state (CBS
 * {@code jrstatcode}) or the year in the GeoPackage's file name
 * @param force import even when the same files were imported before
 * @param limits the vertex cap and overlap tolerance
 */
public record ImportOptions(String gemeenteCode, String gemeenteName, Integer boundaryYear, boolean force,
		ImportLimits limits) {

	/**
	 * No values given; the limits from the environment
	 * ({@link ImportLimits#fromEnvironment()}).
	 * @return the options
	 */
	public static ImportOptions defaults() {
		return new ImportOptions(null, null, null, false, ImportLimits.fromEnvironment());
	}

	public ImportOptions withLimits(ImportLimits limits) {
		return new ImportOptions(this.gemeenteCode, this.gemeenteName, this.boundaryYear, this.force, limits);
	}

	public ImportOptions withGemeente(String code) {
		return new ImportOptions(code, this.gemeenteName, this.boundaryYear, this.force, this.limits);
	}

	public ImportOptions withGemeenteName(String name) {
		return new ImportOptions(this.gemeenteCode, name, this.boundaryYear, this.force, this.limits);
	}

	public ImportOptions withBoundaryYear(Integer year) {
		return new ImportOptions(this.gemeenteCode, this.gemeenteName, year, this.force, this.limits);
	}

	public ImportOptions withForce(boolean force) {
		return new ImportOptions(this.gemeenteCode, this.gemeenteName, this.boundaryYear, force, this.limits);
	}

}
