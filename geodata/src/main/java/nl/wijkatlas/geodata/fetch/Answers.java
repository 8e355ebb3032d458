package nl.wijkatlas.geodata.fetch;

import java.net.URI;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses a service's JSON answer, naming the URL when it is not what was asked for. */
final class Answers {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final int MAX_QUOTED = 200;

	private Answers() {
	}

	/**
	 * The answer as a JSON object.
	 * @param service the service, for the message
	 * @param uri where it came from
	 * @param text the body
	 * @return the object
	 * @throws FetchException when the body is no JSON object
	 */
	static JsonNode object(String service, URI uri, String text) {
		JsonNode root;
		try {
			root = MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw malformed(service, uri, "not JSON (" + firstLine(ex.getOriginalMessage()) + ")", text);
		}
		if (root == null || !root.isObject()) {
			throw malformed(service, uri, "not a JSON object", text);
		}
		return root;
	}

	static FetchException malformed(String service, URI uri, String what, String text) {
		String quoted = (text == null) ? "" : text.replaceAll("\\s+", " ").trim();
		quoted = (quoted.length() > MAX_QUOTED) ? quoted.substring(0, MAX_QUOTED) + "..." : quoted;
		return new FetchException("Malformed answer from " + service + " to " + uri + ": " + what
				+ (quoted.isEmpty() ? "" : "; it begins: " + quoted) + ". Nothing was written");
	}

	private static String firstLine(String message) {
		String text = (message != null) ? message : "";
		int newline = text.indexOf('\n');
		return (newline < 0) ? text : text.substring(0, newline);
	}

}
