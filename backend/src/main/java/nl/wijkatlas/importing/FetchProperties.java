package nl.wijkatlas.importing;

import java.util.List;

import nl.wijkatlas.geodata.fetch.FetchSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wijkatlas.fetch.*}: where the scheduled fetch asks (the import
 * program's {@code fetch} reads the same environment variables), and the schedule.
 *
 * @param pdokUrl PDOK's CBS Wijken en Buurten WFS with {@code {year}}; empty for the
 * public one
 * @param cbsUrl the CBS OData v3 API; empty for the public one
 * @param tables Kerncijfers tables besides the known ones, e.g.
 * {@code 2026=86400NED,2025=86165NED}; a year without one is looked up in the CBS
 * catalogue
 * @param schedule a cron expression (second minute hour day month weekday) for the
 * scheduled fetch; empty or {@code -}: no scheduled fetch (the default)
 * @param gemeenten the gemeenten the scheduled fetch keeps up to date, e.g.
 * {@code GM0200,GM0193}
 */
@ConfigurationProperties("wijkatlas.fetch")
public record FetchProperties(String pdokUrl, String cbsUrl, String tables, String schedule, List<String> gemeenten) {

	public FetchProperties {
		gemeenten = (gemeenten != null) ? List.copyOf(gemeenten) : List.of();
	}

	/**
	 * The fetch settings these properties make.
	 * @return the settings
	 */
	public FetchSettings settings() {
		return FetchSettings.configured(this.pdokUrl, this.cbsUrl, this.tables);
	}

}
