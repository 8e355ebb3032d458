package nl.wijkatlas.geodata.fetch;

import java.util.Map;

/**
 * Where and how the fetch asks.
 *
 * @param pdokUrl the PDOK CBS Wijken en Buurten WFS, with {@code {year}} for the year
 * @param cbsUrl the CBS OData v3 API, e.g.
 * {@code https://opendata.cbs.nl/ODataApi/odata/}
 * @param cbsCatalogUrl the CBS OData catalogue, e.g.
 * {@code https://opendata.cbs.nl/ODataCatalog/}
 * @param tables the Kerncijfers table of each year; other years are looked up in the
 * catalogue
 * @param pageSize features per PDOK request (PDOK serves at most 1000)
 * @param http timeouts, retries and pacing
 */
public record FetchSettings(String pdokUrl, String cbsUrl, String cbsCatalogUrl, Map<Integer, String> tables,
		int pageSize, HttpSettings http) {

	/**
	 * The public services, the known tables, pages of 1000, the default HTTP settings.
	 * @return the settings
	 */
	public static FetchSettings defaults() {
		return new FetchSettings(PdokWfs.DEFAULT_URL, CbsOData.DEFAULT_URL, CbsOData.DEFAULT_CATALOG_URL,
				KwbTables.KNOWN, PdokWfs.DEFAULT_PAGE_SIZE, HttpSettings.defaults());
	}

	/**
	 * The settings a configuration gives ({@code wijkatlas.fetch.*}: the app's
	 * properties, or the environment variables the import program reads): blank means the
	 * default.
	 * @param pdokUrl the WFS with {@code {year}}, or blank
	 * @param cbsUrl the CBS OData v3 API, or blank
	 * @param tables tables besides the known ones, e.g. {@code 2026=86400NED}, or blank
	 * @return the settings
	 */
	public static FetchSettings configured(String pdokUrl, String cbsUrl, String tables) {
		FetchSettings settings = defaults().withTables(KwbTables.with(KwbTables.parse(tables)));
		if (pdokUrl != null && !pdokUrl.isBlank()) {
			settings = settings.withPdokUrl(pdokUrl.strip());
		}
		if (cbsUrl != null && !cbsUrl.isBlank()) {
			settings = settings.withCbsUrl(cbsUrl.strip());
		}
		return settings;
	}

	public FetchSettings withPdokUrl(String url) {
		return new FetchSettings(url, this.cbsUrl, this.cbsCatalogUrl, this.tables, this.pageSize, this.http);
	}

	/**
	 * Another CBS API; its catalogue is taken to sit beside it (.../ODataCatalog/ next to
	 * .../ODataApi/odata/) unless the URL does not look like CBS's.
	 * @param url the API
	 * @return the settings
	 */
	public FetchSettings withCbsUrl(String url) {
		String base = Query.withSlash(url);
		String catalog = base.contains("/ODataApi/") ? base.substring(0, base.indexOf("/ODataApi/")) + "/ODataCatalog/"
				: base + "ODataCatalog/";
		return new FetchSettings(this.pdokUrl, base, catalog, this.tables, this.pageSize, this.http);
	}

	public FetchSettings withTables(Map<Integer, String> tables) {
		return new FetchSettings(this.pdokUrl, this.cbsUrl, this.cbsCatalogUrl, tables, this.pageSize, this.http);
	}

	public FetchSettings withPageSize(int size) {
		return new FetchSettings(this.pdokUrl, this.cbsUrl, this.cbsCatalogUrl, this.tables, size, this.http);
	}

	public FetchSettings withHttp(HttpSettings settings) {
		return new FetchSettings(this.pdokUrl, this.cbsUrl, this.cbsCatalogUrl, this.tables, this.pageSize, settings);
	}

}
