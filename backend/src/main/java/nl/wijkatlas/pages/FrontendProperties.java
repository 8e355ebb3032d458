package nl.wijkatlas.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Front-end settings under {@code wijkatlas.*}.
 *
 * @param locatieserverUrl the base URL of the PDOK Locatieserver (its {@code /free}
 * search is used for addresses and postcodes); empty switches address search off
 */
@ConfigurationProperties("wijkatlas")
record FrontendProperties(String locatieserverUrl) {

	static final String PDOK_LOCATIESERVER = "https://api.pdok.nl/bzk/locatieserver/search/v3_1";

	FrontendProperties {
		locatieserverUrl = (locatieserverUrl == null) ? PDOK_LOCATIESERVER : locatieserverUrl.strip();
		if (locatieserverUrl.endsWith("/")) {
			locatieserverUrl = locatieserverUrl.substring(0, locatieserverUrl.length() - 1);
		}
	}

}
