package nl.wijkatlas.change;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * Ids for records created through the API: a readable slug of the title and a random
 * suffix.
 */
public final class Ids {

	private static final int MAX_SLUG = 60;

	private Ids() {
	}

	public static String fromTitle(String title, String fallback) {
		String slug = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		slug = slug.isEmpty() ? fallback : slug.substring(0, Math.min(slug.length(), MAX_SLUG)).replaceAll("-$", "");
		return slug + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
