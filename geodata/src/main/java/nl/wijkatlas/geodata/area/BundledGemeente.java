package nl.wijkatlas.geodata.area;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.InputFile;

/**
 * A gemeente whose areas ship inside this jar (CBS/Kadaster Wijk- en Buurtkaart,
 * generalised, RD New), with its stadsdeel mapping when it has one and the folder of its
 * transcribed content.
 *
 * @param code the CBS gemeente code, e.g. {@code GM1771}
 * @param name the gemeente's name
 * @param boundaryYear the year of the boundaries
 * @param buurten the classpath resource of the buurt layer
 * @param wijken the classpath resource of the wijk layer
 * @param stadsdelen the classpath resource of the stadsdeel mapping, or null when the
 * gemeente has no stadsdelen (its wijken then hang directly under the gemeente)
 * @param contentFolder the folder under {@code datasets/} whose {@code content/} holds
 * the gemeente's opgaven, kredieten and stories
 */
public record BundledGemeente(String code, String name, int boundaryYear, String buurten, String wijken,
		String stadsdelen, String contentFolder) {

	/**
	 * Imports this gemeente's areas in one transaction; cheap when they are already
	 * there.
	 * @param dataSource the database
	 * @param force import even when the same data was imported before
	 * @return what the import did
	 */
	public ImportResult importInto(DataSource dataSource, boolean force) {
		ImportOptions options = ImportOptions.defaults()
			.withGemeente(this.code)
			.withGemeenteName(this.name)
			.withBoundaryYear(this.boundaryYear)
			.withForce(force);
		return new AreaImporter(dataSource).importGeoJson(InputFile.ofResource(this.buurten),
				InputFile.ofResource(this.wijken), stadsdelenMapping(), options);
	}

	InputFile stadsdelenMapping() {
		return (this.stadsdelen != null) ? InputFile.ofResource(this.stadsdelen) : null;
	}

}
