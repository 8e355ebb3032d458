package nl.wijkatlas.area;

import nl.wijkatlas.graphql.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Checks an area code that a client passes to another feature (a filter, a mutation):
 * well formed, and naming an area that exists.
 */
@Component
public class AreaReferences {

	private final AreaRepository areas;

	AreaReferences(AreaRepository areas) {
		this.areas = areas;
	}

	/**
	 * @return the code, when it names an existing area
	 * @throws nl.wijkatlas.graphql.InvalidInputException when it is not an area code
	 * @throws NotFoundException when no area has that code
	 */
	public String requireExisting(String argument, String code) {
		AreaCodes.requireWellFormed(argument, code);
		if (!this.areas.exists(code)) {
			throw new NotFoundException("No area with code " + code + " (argument " + argument + ")");
		}
		return code;
	}

}
