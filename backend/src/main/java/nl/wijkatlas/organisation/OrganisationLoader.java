package nl.wijkatlas.organisation;

/**
 * Organisations by id, batch-loaded for the features that name them (initiators,
 * betrokkenen): inject {@code DataLoader<String, Organisation> organisationById}.
 */
public final class OrganisationLoader {

	public static final String ORGANISATION_BY_ID = "organisationById";

	private OrganisationLoader() {
	}

}
