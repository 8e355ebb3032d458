package nl.wijkatlas.geodata.indicator;

import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.InputFile;

/**
 * The figures that ship inside this jar (see {@code datasets/ATTRIBUTION.md}): CBS
 * kerncijfers for Zwolle's wijken, Buurt-voor-Buurt results, the municipal kerngegevens,
 * the armoedemonitor and the Nextdoor/VU survey, with {@code indicator_definitions.csv}
 * for what the figures do not say themselves (theme, direction). Import them after the
 * areas and gebieden.
 */
public final class BundledIndicators {

	static final List<String> FILES = List.of("datasets/indicators/cbs_kerncijfers.csv",
			"datasets/indicators/buurt_voor_buurt.csv", "datasets/indicators/gemeente_jaarverslag_kerngegevens.csv",
			"datasets/indicators/armoede_schulden_monitor.csv", "datasets/indicators/nextdoor_vu_buurtonderzoek.csv",
			"datasets/indicators/indicator_definitions.csv");

	private BundledIndicators() {
	}

	/**
	 * Imports the bundled figures, then computes the area indicator; cheap when nothing
	 * changed.
	 * @param dataSource the database, with the Zwolle areas and gebieden imported
	 * @return what the import of the files did
	 */
	public static IndicatorImportResult importInto(DataSource dataSource) {
		IndicatorImportResult result = new IndicatorImporter(dataSource)
			.importFiles(FILES.stream().map(InputFile::ofResource).toList(), IndicatorImportOptions.defaults());
		DerivedAreaIndicator.importInto(dataSource);
		return result;
	}

}
