package nl.wijkatlas.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.area.GemeenteCode;
import nl.wijkatlas.caching.HttpCaching;
import nl.wijkatlas.opendata.IndicatorFigures.Figure;
import nl.wijkatlas.opendata.IndicatorFigures.IndicatorInfo;
import nl.wijkatlas.problem.RequestRefused;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET
 * /data/indicators/{code}.csv?level=WIJK&period=2025[&sep=;][&gemeente=GM1771]}: one row
 * per area of the level (of one gemeente, when given), areas without a figure included
 * with status MISSING and an empty value — never 0.
 */
@RestController
@CrossOrigin(origins = "*", exposedHeaders = { "ETag", "Content-Disposition" })
record IndicatorCsvController(IndicatorFigures figures, IndicatorLayers layers, HttpCaching caching) {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final List<String> HEADER = List.of("area_code", "area_name", "level", "period", "value", "category",
			"status", "city_average", "unit", "source", "source_url", "note", "reliability", "derivation");

	@GetMapping("/data/indicators/{code}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String code, @RequestParam(required = false) String level,
			@RequestParam(required = false) String period, @RequestParam(required = false) String sep,
			@RequestParam(required = false) String gemeente, WebRequest request) {
		AreaLevel areaLevel = (level != null) ? AreaCollection.requireLevel("level", level) : AreaLevel.BUURT;
		CsvDialect dialect = CsvDialect.forSeparator(sep);
		if (period != null) {
			Periods.requireWellFormed("period", period);
		}
		String gemeenteCode = GemeenteCode.parameter(gemeente);
		CachedDownload download = CachedDownload.of(this.caching, request, gemeenteCode, "csv", code, areaLevel, period,
				dialect);
		if (request.checkNotModified(download.etag())) {
			return null;
		}
		IndicatorInfo indicator = this.layers.find(code)
			.orElseThrow(() -> RequestRefused.notFound("No indicator with code " + code));
		String chosen = this.layers.choosePeriod(indicator, areaLevel, period);
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		if (gemeenteCode != null && !this.figures.gemeenteExists(gemeenteCode)) {
			throw RequestRefused.notFound("No gemeente with code " + gemeenteCode);
		}
		for (Figure figure : this.figures.figures(indicator.code(), areaLevel, chosen, gemeenteCode)) {
			rows.add(List.of(figure.areaCode(), figure.areaName(), figure.level(), (chosen != null) ? chosen : "",
					dialect.number(figure.value()), nullToEmpty(figure.category()), figure.status(),
					dialect.number(figure.cityAverage()), nullToEmpty(indicator.unit()), nullToEmpty(figure.source()),
					nullToEmpty(figure.sourceUrl()), nullToEmpty(figure.note()), figure.reliability(),
					nullToEmpty(figure.derivation())));
		}
		String filename = "%s%s_%s%s.csv".formatted(
				(gemeenteCode != null) ? gemeenteCode.toLowerCase(Locale.ROOT) + "_" : "", indicator.code(),
				areaLevel.name().toLowerCase(Locale.ROOT), (chosen != null) ? "_" + chosen : "");
		return download.response(TEXT_CSV, ContentDisposition.attachment().filename(filename).build(),
				dialect.write(rows));
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
