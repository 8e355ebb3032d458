package nl.wijkatlas.geodata.gebied;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.InputFile;

/**
 * The gebieden that ship inside this jar: Zwolle's hoogdynamische gebieden (Stadshagen,
 * Spoorzone, Holtenbroek, Stadshart) and the Buurt-voor-Buurt areas its figures use.
 * Import them after the areas.
 */
public final class BundledGebieden {

	static final String GEBIEDEN = "datasets/zwolle/gebieden.csv";

	private BundledGebieden() {
	}

	/**
	 * Imports the bundled gebieden; cheap when they are already there.
	 * @param dataSource the database, with the Zwolle areas imported
	 * @return what the import did
	 */
	public static GebiedImportResult importInto(DataSource dataSource) {
		return new GebiedImporter(dataSource).importFile(InputFile.ofResource(GEBIEDEN), false);
	}

}
