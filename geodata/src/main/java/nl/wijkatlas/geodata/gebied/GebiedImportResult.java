package nl.wijkatlas.geodata.gebied;

/**
 * What a gebied import did.
 *
 * @param dataset the dataset key, e.g. {@code gebieden/GM0193}
 * @param gemeenteCode the gemeente
 * @param gebieden how many gebieden the gemeente now has
 * @param approximate how many of them are approximate
 * @param changed whether any row changed (and so the data version was bumped)
 * @param skipped whether the import was skipped because the same file was imported before
 * over the same buurten
 * @param dataVersion the data version after the import
 */
public record GebiedImportResult(String dataset, String gemeenteCode, int gebieden, int approximate, boolean changed,
		boolean skipped, long dataVersion) {

	/**
	 * One line for a log or a console.
	 * @return e.g. {@code gebieden/GM0193: 6 gebieden (3 approximate); changed, data
	 * version 3}
	 */
	public String summary() {
		String outcome = this.skipped ? "skipped, already imported" : (this.changed ? "changed" : "unchanged");
		return this.dataset + ": " + this.gebieden + " gebieden (" + this.approximate + " approximate); " + outcome
				+ ", data version " + this.dataVersion;
	}

}
