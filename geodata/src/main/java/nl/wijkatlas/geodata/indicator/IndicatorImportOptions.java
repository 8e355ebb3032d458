package nl.wijkatlas.geodata.indicator;

/**
 * Options of an indicator import.
 *
 * @param period the period of CBS StatLine files, which do not state it (e.g.
 * {@code 2025}); null otherwise
 * @param source the source of figures whose file names none (the long layout without a
 * {@code source} column); null otherwise
 * @param force load even when the same content was imported before
 */
public record IndicatorImportOptions(String period, String source, boolean force) {

	public static IndicatorImportOptions defaults() {
		return new IndicatorImportOptions(null, null, false);
	}

	public IndicatorImportOptions withPeriod(String period) {
		return new IndicatorImportOptions(period, this.source, this.force);
	}

	public IndicatorImportOptions withSource(String source) {
		return new IndicatorImportOptions(this.period, source, this.force);
	}

	public IndicatorImportOptions withForce(boolean force) {
		return new IndicatorImportOptions(this.period, this.source, force);
	}

}
