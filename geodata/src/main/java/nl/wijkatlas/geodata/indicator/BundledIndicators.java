package nl.wijkatlas.geodata.indicator;

import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.InputFile;

/**
 * The figures that ship inside this jar (see {@code datasets/ATTRIBUTION.md}): CBS
 * kerncijfers for Zwolle's wijken (2022, 2024, 2025) and the city (2012-2024) and for
 * Geldrop-Mierlo and its wijken (2024), the Buurt-voor-Buurt survey and municipal
 * buurtmonitor per buurt (2014), Buurt-voor-Buurt city results, the municipal
 * kerngegevens, the armoedemonitor and the Nextdoor/VU survey; with the definitions files
 * for what the figures do not say themselves (English label, theme, direction,
 * description, how to derive), the aliases that join one quantity's codes into one
 * series, and the reliability rules for survey figures with few respondents. Import them
 * after the areas and gebieden.
 */
public final class BundledIndicators {

	static final List<String> FILES = List.of("datasets/indicators/cbs_kerncijfers.csv",
			"datasets/indicators/cbs_kerncijfers_history.csv", "datasets/indicators/cbs_kerncijfers_geldrop-mierlo.csv",
			"datasets/indicators/buurt_voor_buurt.csv", "datasets/indicators/buurt_voor_buurt_per_buurt.csv",
			"datasets/indicators/zwolle_buurtmonitor_2014.csv",
			"datasets/indicators/gemeente_jaarverslag_kerngegevens.csv",
			"datasets/indicators/armoede_schulden_monitor.csv", "datasets/indicators/nextdoor_vu_buurtonderzoek.csv",
			"datasets/indicators/indicator_definitions.csv", "datasets/indicators/indicator_definitions_2014.csv",
			"datasets/indicators/indicator_aggregation.csv", "datasets/indicators/indicator_aliases.csv",
			"datasets/indicators/figure_reliability.csv");

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
