package nl.wijkatlas.geodata.fetch;

import java.nio.file.Path;
import java.util.List;

/**
 * What to fetch.
 *
 * @param gemeenteCode the gemeente, e.g. {@code GM0200}
 * @param year the year; null for the newest year CBS has a Kerncijfers table of
 * @param from downloaded boundary files to use instead of PDOK: a CBS Wijk- en Buurtkaart
 * GeoPackage, or a buurt and a wijk GeoJSON layer (PDOK's or CBS's shape); empty to ask
 * PDOK
 * @param cbsFrom a directory with a downloaded CBS table ({@code TableInfos.json},
 * {@code DataProperties.json}, {@code TypedDataSet.json}) to use instead of the API; null
 * to ask CBS
 * @param figures whether to fetch figures at all
 * @param force import even when the same data was imported before
 */
public record FetchRequest(String gemeenteCode, Integer year, List<Path> from, Path cbsFrom, boolean figures,
		boolean force) {

	/**
	 * Boundaries from PDOK and figures from CBS.
	 * @param gemeenteCode the gemeente
	 * @param year the year, or null for the newest
	 * @return the request
	 */
	public static FetchRequest of(String gemeenteCode, Integer year) {
		return new FetchRequest(gemeenteCode, year, List.of(), null, true, false);
	}

	public FetchRequest withFrom(List<Path> files) {
		return new FetchRequest(this.gemeenteCode, this.year, List.copyOf(files), this.cbsFrom, this.figures,
				this.force);
	}

	public FetchRequest withCbsFrom(Path directory) {
		return new FetchRequest(this.gemeenteCode, this.year, this.from, directory, this.figures, this.force);
	}

	public FetchRequest withFigures(boolean figures) {
		return new FetchRequest(this.gemeenteCode, this.year, this.from, this.cbsFrom, figures, this.force);
	}

	public FetchRequest withForce(boolean force) {
		return new FetchRequest(this.gemeenteCode, this.year, this.from, this.cbsFrom, this.figures, force);
	}

}
