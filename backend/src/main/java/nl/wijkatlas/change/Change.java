package nl.wijkatlas.change;

import java.time.OffsetDateTime;
import java.util.List;

import tools.jackson.databind.util.RawValue;

/**
 * One change made through the API; {@code actor} is null for callers who may not see who
 * made it.
 */
record Change(long id, OffsetDateTime changedAt, String actor, String actorRole, List<String> actorAreas, String action,
		String entityType, String entityId, List<String> areaCodes, RawValue before, RawValue after) {
}
