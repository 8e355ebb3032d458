package nl.wijkatlas.geodata;

import javax.sql.DataSource;

/**
 * The dataset that ships inside this jar: the 78 buurten and 16 wijken of Zwolle
 * (CBS/Kadaster Wijk- en Buurtkaart 2025, generalised, RD New) and Zwolle's stadsdeel
 * mapping.
 */
public final class BundledZwolle {

	public static final String GEMEENTE_CODE = "GM0193";

	public static final String GEMEENTE_NAME = "Zwolle";

	public static final int BOUNDARY_YEAR = 2025;

	static final String BUURTEN = "datasets/cbs/zwolle_buurten_2025_rd.geojson";

	static final String WIJKEN = "datasets/cbs/zwolle_wijken_2025_rd.geojson";

	static final String STADSDELEN = "datasets/zwolle/stadsdelen.csv";

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
		ImportOptions options = ImportOptions.defaults()
			.withGemeente(GEMEENTE_CODE)
			.withGemeenteName(GEMEENTE_NAME)
			.withBoundaryYear(BOUNDARY_YEAR)
			.withForce(force);
		return new AreaImporter(dataSource).importGeoJson(InputFile.ofResource(BUURTEN), InputFile.ofResource(WIJKEN),
				InputFile.ofResource(STADSDELEN), options);
	}

	/** The bundled stadsdeel mapping of a gemeente, used when an import names none. */
	static InputFile stadsdelenFor(String gemeenteCode) {
		return GEMEENTE_CODE.equals(gemeenteCode) ? InputFile.ofResource(STADSDELEN) : null;
	}

	static String nameOf(String gemeenteCode) {
		return GEMEENTE_CODE.equals(gemeenteCode) ? GEMEENTE_NAME : null;
	}

}
