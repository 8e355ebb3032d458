package nl.wijkatlas.geodata.fetch;

import java.net.URI;
import java.util.List;

import nl.wijkatlas.geodata.area.ImportResult;
import nl.wijkatlas.geodata.area.load.AreaLoader;
import nl.wijkatlas.geodata.indicator.IndicatorImportResult;

/**
 * What a fetch did.
 *
 * @param gemeenteCode the gemeente
 * @param year the year fetched
 * @param mode NEWEST when the year became the gemeente's current division, HISTORY when
 * it is earlier than the current one
 * @param areas what the area import did
 * @param figures what the figure import did; null when no figures were fetched
 * @param tableId the CBS table, or null
 * @param notes what was left out or mapped, one line each
 * @param requests every URL requested, in order
 */
public record FetchResult(String gemeenteCode, int year, AreaLoader.Mode mode, ImportResult areas,
		IndicatorImportResult figures, String tableId, List<String> notes, List<URI> requests) {

	/**
	 * A few lines for a console or a log.
	 * @return the summary
	 */
	public String summary() {
		StringBuilder text = new StringBuilder();
		text.append("Fetched ").append(this.gemeenteCode).append(' ').append(this.year);
		text.append((this.mode == AreaLoader.Mode.HISTORY)
				? " (an earlier division than the current one: kept as history)" : " (the current division)");
		text.append(this.requests.isEmpty() ? " from files"
				: " in " + this.requests.size() + ((this.requests.size() == 1) ? " request" : " requests"));
		text.append("\n  areas: ").append(this.areas.summary());
		if (this.figures != null) {
			text.append("\n  figures (CBS ").append(this.tableId).append("): ").append(this.figures.summary());
		}
		for (String note : this.notes) {
			text.append("\n  note: ").append(note);
		}
		return text.toString();
	}

}
