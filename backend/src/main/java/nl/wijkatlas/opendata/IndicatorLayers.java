package nl.wijkatlas.opendata;

import java.util.Optional;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.opendata.AreaFeatures.IndicatorLayer;
import nl.wijkatlas.opendata.IndicatorFigures.IndicatorInfo;
import nl.wijkatlas.problem.RequestRefused;

import org.springframework.stereotype.Component;

/**
 * Resolves the optional {@code indicator} and {@code period} query parameters of the
 * GeoJSON download and the OGC API items into an indicator layer: the indicator must
 * exist and have figures for the period; without a period, the latest with figures for
 * the level.
 */
@Component
class IndicatorLayers {

	private final IndicatorFigures figures;

	IndicatorLayers(IndicatorFigures figures) {
		this.figures = figures;
	}

	/** The indicator with its periods; empty for an unknown or malformed code. */
	Optional<IndicatorInfo> find(String code) {
		return Periods.isIndicatorCode(code) ? this.figures.find(code) : Optional.empty();
	}

	/** The layer, null when no indicator is asked for, or a 400 naming the parameter. */
	IndicatorLayer resolve(String indicator, String period, AreaLevel level) {
		if (indicator == null || indicator.isEmpty()) {
			if (period != null) {
				throw RequestRefused.badParameter("period", "only applies together with an indicator");
			}
			return null;
		}
		if (period != null) {
			Periods.requireWellFormed("period", period);
		}
		IndicatorInfo info = find(indicator)
			.orElseThrow(() -> RequestRefused.badParameter("indicator", "no indicator with code " + indicator));
		String chosen = choosePeriod(info, level, period);
		return new IndicatorLayer(info.code(), chosen, info.unit());
	}

	/**
	 * The requested period, which the indicator must have (or a 400); by default the
	 * latest period with figures for the level, or else the indicator's latest (so areas
	 * read MISSING rather than the answer being empty); null when it has no figures.
	 */
	String choosePeriod(IndicatorInfo info, AreaLevel level, String requested) {
		if (requested != null) {
			if (!info.periods().contains(requested)) {
				throw RequestRefused.badParameter("period", "indicator " + info.code() + " has no figures for "
						+ requested + "; its periods are " + info.periods());
			}
			return requested;
		}
		return this.figures.latestPeriodWithFigures(info.code(), level).orElse(info.latestPeriod());
	}

}
