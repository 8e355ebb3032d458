package nl.wijkatlas.indicator;

import java.util.List;

import nl.wijkatlas.geodata.AreaLevel;

/**
 * How a derived figure was computed from the figures of the areas below its area: the
 * method (SUM or WEIGHTED_MEAN), how many areas of which level, the indicator that
 * weighed a mean, and the sources of the figures it was computed from.
 *
 * @param method SUM or WEIGHTED_MEAN
 * @param inputLevel the level of the areas it was computed from
 * @param inputCount how many areas (all of that level below the area)
 * @param weightIndicatorCode the indicator whose figures weighed a mean, or null
 * @param inputSourceIds the sources of the input figures (and weights)
 */
public record Derivation(String method, AreaLevel inputLevel, int inputCount, String weightIndicatorCode,
		List<String> inputSourceIds) {

	/**
	 * What a reader is told, in Dutch (the UI builds its English text from the fields).
	 * @param weightLabel the label of the weight indicator, or null
	 * @return e.g. "Berekend: som van 4 wijken"
	 */
	String description(String weightLabel) {
		if ("SUM".equals(this.method)) {
			return "Berekend door Wijkatlas: de som van de " + this.inputCount + " " + this.inputLevel.plural()
					+ " eronder.";
		}
		return "Berekend door Wijkatlas: het gemiddelde van de " + this.inputCount + " " + this.inputLevel.plural()
				+ " eronder, gewogen naar "
				+ ((weightLabel != null) ? weightLabel.toLowerCase(java.util.Locale.ROOT) : this.weightIndicatorCode)
				+ ".";
	}

}
