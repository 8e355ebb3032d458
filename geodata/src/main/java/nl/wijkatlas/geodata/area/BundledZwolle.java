package nl.wijkatlas.geodata.area;

import javax.sql.DataSource;

/**
 * The bundled Zwolle areas alone (see {@link BundledAreas} for every bundled gemeente):
 * the 78 buurten and 16 wijken of Zwolle and its stadsdeel mapping. Tests that need one
 * gemeente use it.
 */
public final class BundledZwolle {

	public static final String GEMEENTE_CODE = BundledAreas.ZWOLLE.code();

	public static final String GEMEENTE_NAME = BundledAreas.ZWOLLE.name();

	public static final int BOUNDARY_YEAR = BundledAreas.ZWOLLE.boundaryYear();

	private BundledZwolle() {
	}

	/**
	 * Imports the bundled Zwolle data; cheap when it is already there.
	 * @param dataSource the database
	 * @return what the import did
	 */
	public static ImportResult importInto(DataSource dataSource) {
		return importInto(dataSource, false);
	}

	/**
	 * Imports the bundled Zwolle data.
	 * @param dataSource the database
	 * @param force import even when the same data was imported before
	 * @return what the import did
	 */
	public static ImportResult importInto(DataSource dataSource, boolean force) {
		return BundledAreas.ZWOLLE.importInto(dataSource, force);
	}

}
