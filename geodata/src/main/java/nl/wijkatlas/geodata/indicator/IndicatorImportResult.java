package nl.wijkatlas.geodata.indicator;

import java.util.List;
import java.util.Set;

/**
 * What an indicator import did.
 *
 * @param datasets the datasets imported, e.g. {@code indicators/cbs_kerncijfers.csv}
 * @param indicators how many indicators the files define or use
 * @param figures how many figures the files hold
 * @param present how many of them have a value (the others are missing or suppressed)
 * @param ignoredColumns StatLine columns that are no known indicator and were left out
 * @param changed whether any row changed (and so the data version was bumped)
 * @param skipped whether the import was skipped because the same content was imported
 * before
 * @param dataVersion the data version after the import
 */
public record IndicatorImportResult(List<String> datasets, int indicators, int figures, int present,
		Set<String> ignoredColumns, boolean changed, boolean skipped, long dataVersion) {

	/**
	 * One line for a log or a console.
	 * @return e.g. {@code 5 datasets: 107 indicators, 1076 figures (1075 with a value);
	 * changed, data version 4}
	 */
	public String summary() {
		String outcome = this.skipped ? "skipped, already imported" : (this.changed ? "changed" : "unchanged");
		String left = this.ignoredColumns.isEmpty() ? ""
				: "; left out " + this.ignoredColumns.size() + " columns that are no known indicator";
		return this.datasets.size() + ((this.datasets.size() == 1) ? " dataset" : " datasets") + ": " + this.indicators
				+ " indicators, " + this.figures + " figures (" + this.present + " with a value)" + left + "; "
				+ outcome + ", data version " + this.dataVersion;
	}

}
