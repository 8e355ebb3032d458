package nl.wijkatlas.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.area.GemeenteCode;
import nl.wijkatlas.graphql.InvalidInputException;
import nl.wijkatlas.indicator.Indicator;
import nl.wijkatlas.opendata.AreaFeatures.Extent;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Links the open data from the GraphQL API: {@code downloads} and the per-indicator
 * {@code csvUrl} and {@code geojsonUrl}. URLs are absolute, from the request's host
 * ({@link BaseUrlInterceptor}); without an HTTP request they are root-relative.
 */
@Controller
record DownloadController(AreaFeatures features) {

	@QueryMapping
	List<Download> downloads(@Argument String gemeente,
			@ContextValue(name = BaseUrlInterceptor.BASE_URL, required = false) String baseUrl) {
		String gemeenteCode = GemeenteCode.argument(gemeente);
		String base = (baseUrl != null) ? baseUrl : "";
		String query = (gemeenteCode != null) ? "?gemeente=" + gemeenteCode : "";
		List<Download> downloads = new ArrayList<>();
		for (Extent extent : this.features.extents(gemeenteCode)) {
			AreaCollection collection = AreaCollection.of(extent.level());
			downloads.add(new Download(collection.title() + " (GeoJSON, WGS84)", Download.Format.GEOJSON,
					OgcLinks.GEO_JSON, base + "/data/areas/" + collection.slug() + ".geojson" + query, extent.level(),
					extent.count(), String.join("; ", extent.licences()), String.join("; ", extent.attributions())));
		}
		downloads.add(new Download("All area levels (OGC API – Features)", Download.Format.OGC_API_FEATURES,
				OgcLinks.JSON, base + "/ogc", null, null, null, null));
		return downloads;
	}

	@SchemaMapping(typeName = "Indicator")
	String csvUrl(Indicator indicator, @Argument AreaLevel level, @Argument String period, @Argument Boolean excel,
			@Argument String gemeente,
			@ContextValue(name = BaseUrlInterceptor.BASE_URL, required = false) String baseUrl) {
		String url = url(baseUrl, "/data/indicators/" + indicator.code() + ".csv", level, period)
				+ gemeenteQuery("&", gemeente);
		return Boolean.TRUE.equals(excel) ? url + "&sep=%3B" : url;
	}

	@SchemaMapping(typeName = "Indicator")
	String geojsonUrl(Indicator indicator, @Argument AreaLevel level, @Argument String period,
			@Argument String gemeente,
			@ContextValue(name = BaseUrlInterceptor.BASE_URL, required = false) String baseUrl) {
		AreaLevel areaLevel = (level != null) ? level : AreaLevel.BUURT;
		String url = ((baseUrl != null) ? baseUrl : "") + "/data/areas/" + AreaCollection.of(areaLevel).slug()
				+ ".geojson?indicator=" + indicator.code();
		return ((period != null) ? url + "&period=" + checked(period) : url) + gemeenteQuery("&", gemeente);
	}

	private static String gemeenteQuery(String separator, String gemeente) {
		String code = GemeenteCode.argument(gemeente);
		return (code != null) ? separator + "gemeente=" + code : "";
	}

	private static String url(String baseUrl, String path, AreaLevel level, String period) {
		String url = ((baseUrl != null) ? baseUrl : "") + path + "?level="
				+ ((level != null) ? level : AreaLevel.BUURT).name().toLowerCase(Locale.ROOT);
		return (period != null) ? url + "&period=" + checked(period) : url;
	}

	private static String checked(String period) {
		if (!Periods.isWellFormed(period)) {
			throw new InvalidInputException("period",
					"'" + period + "' is not a period; use a year (2025) or a range of years (2023-2024)");
		}
		return period;
	}

}
