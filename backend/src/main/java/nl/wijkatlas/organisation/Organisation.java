package nl.wijkatlas.organisation;

import java.util.List;

/**
 * A wijkorganisatie, partner, wijkcentrum, wijkkrant or municipal department.
 */
public record Organisation(String id, String name, String kind, String address, String email, String phone,
		String website, boolean historical, List<String> areaCodes, List<String> serviceAreaCodes, String sourceId,
		String locator, String note) {

	public String sourceLocator() {
		return this.locator;
	}

}
