package nl.wijkatlas.geodata.area.read;

import tools.jackson.databind.JsonNode;

final class Json {

	private Json() {
	}

	/**
	 * A property as text: strings as they are, numbers and booleans as written.
	 * @return the text, or null when the property is absent or null
	 */
	static String text(JsonNode node, String property) {
		JsonNode value = (node != null) ? node.get(property) : null;
		if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
			return null;
		}
		return value.isString() ? value.stringValue() : value.asString();
	}

}
