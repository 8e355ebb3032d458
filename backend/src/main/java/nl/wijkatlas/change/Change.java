package nl.wijkatlas.change;

import java.time.OffsetDateTime;
import java.util.List;

import tools.jackson.databind.util.RawValue;

/**
 * One change made through the API.
 */
record Change(long id, OffsetDateTime changedAt, String actor, String action, String entityType, String entityId,
		List<String> areaCodes, RawValue before, RawValue after) {
}
