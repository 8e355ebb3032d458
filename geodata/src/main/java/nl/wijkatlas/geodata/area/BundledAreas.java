package nl.wijkatlas.geodata.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.area.load.AreaLoader;

/**
 * The gemeenten whose areas ship inside this jar: Zwolle (with its five stadsdelen) and
 * Geldrop-Mierlo (no stadsdelen: gemeente, wijken, buurten). Nothing else in the import
 * path knows a gemeente by name; a gemeente not listed here is imported from files given
 * on the command line.
 */
public final class BundledAreas {

	public static final BundledGemeente ZWOLLE = new BundledGemeente("GM0193", "Zwolle", 2025,
			"datasets/cbs/zwolle_buurten_2025_rd.geojson", "datasets/cbs/zwolle_wijken_2025_rd.geojson",
			"datasets/zwolle/stadsdelen.csv", "zwolle");

	public static final BundledGemeente GELDROP_MIERLO = new BundledGemeente("GM1771", "Geldrop-Mierlo", 2025,
			"datasets/cbs/geldrop-mierlo_buurten_2025_rd.geojson", "datasets/cbs/geldrop-mierlo_wijken_2025_rd.geojson",
			null, "geldrop-mierlo");

	/** In import order. */
	public static final List<BundledGemeente> ALL = List.of(ZWOLLE, GELDROP_MIERLO);

	private BundledAreas() {
	}

	/**
	 * Imports the areas of every bundled gemeente, each in its own transaction (a
	 * gemeente lands whole or not at all); cheap when they are already there. A gemeente
	 * that was fetched ({@code ./wijkatlas fetch}) is left as the fetch made it: the
	 * bundled copy does not replace newer boundaries.
	 * @param dataSource the database
	 * @return what each import did, in the order of {@link #ALL}
	 */
	public static List<ImportResult> importInto(DataSource dataSource) {
		List<ImportResult> results = new ArrayList<>();
		AreaLoader loader = new AreaLoader(dataSource);
		for (BundledGemeente gemeente : ALL) {
			results.add(loader.findFetched(gemeente.code()).orElseGet(() -> gemeente.importInto(dataSource, false)));
		}
		return results;
	}

	/**
	 * @param gemeenteCode e.g. {@code GM1771}
	 * @return the bundled gemeente with that code, if any
	 */
	public static Optional<BundledGemeente> find(String gemeenteCode) {
		return ALL.stream().filter((gemeente) -> gemeente.code().equals(gemeenteCode)).findFirst();
	}

	/** The bundled stadsdeel mapping of a gemeente, used when an import names none. */
	static InputFile stadsdelenFor(String gemeenteCode) {
		return find(gemeenteCode).map(BundledGemeente::stadsdelenMapping).orElse(null);
	}

	/** The name of a bundled gemeente, used when an import names none. */
	static String nameOf(String gemeenteCode) {
		return find(gemeenteCode).map(BundledGemeente::name).orElse(null);
	}

}
