package nl.wijkatlas.indicator;

import nl.wijkatlas.graphql.Batches;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import graphql.schema.idl.RuntimeWiring;

/**
 * The indicator of a figure and of a series, by code through the indicator loader
 * ({@code IndicatorValueController} registers it): plain fetchers
 * ({@link Batches#byKey}), as every figure of a profile or choropleth has the field, and
 * by code, not a batch keyed by the figures, whose records would hash every figure's
 * fields (its area's too).
 */
@Component
class IndicatorFieldWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("IndicatorValue", (type) -> type.dataFetcher("indicator",
				Batches.byKey(Indicator.class, IndicatorValue::indicatorCode, "code", Indicator::ofCode)));
		wiring.type("IndicatorSeries", (type) -> type.dataFetcher("indicator",
				Batches.byKey(Indicator.class, IndicatorSeries::indicatorCode, "code", Indicator::ofCode)));
	}

}
