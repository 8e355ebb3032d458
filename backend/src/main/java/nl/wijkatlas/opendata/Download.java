package nl.wijkatlas.opendata;

import nl.wijkatlas.geodata.AreaLevel;

/**
 * A file or service with the open data, at a stable URL (GraphQL type {@code Download}).
 */
record Download(String title, Format format, String mediaType, String url, AreaLevel level, Integer featureCount,
		String licence, String attribution) {

	enum Format {

		CSV, GEOJSON, OGC_API_FEATURES

	}

}
