package nl.wijkatlas.initiative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.wijkatlas.change.Ids;
import nl.wijkatlas.change.References;
import nl.wijkatlas.graphql.InputBounds;
import nl.wijkatlas.graphql.InputErrors;
import nl.wijkatlas.graphql.RecordWrites;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and updates initiatives for wijkmanagers: validated (location inside the
 * gemeente, codes that exist, amounts not negative), authorised against the caller's
 * areas, optimistically locked, and logged, in one transaction. Without area codes, an
 * initiative belongs to the buurt its location lies in.
 */
@Service
class InitiativeChanges {

	private static final Pattern LINK = Pattern.compile("^https?://\\S+$");

	private final JdbcClient jdbc;

	private final RecordWrites writes;

	private final References references;

	private final LocationCheck locations;

	private final InitiativeRepository initiatives;

	InitiativeChanges(JdbcClient jdbc, RecordWrites writes, References references, LocationCheck locations,
			InitiativeRepository initiatives) {
		this.jdbc = jdbc;
		this.writes = writes;
		this.references = references;
		this.locations = locations;
		this.initiatives = initiatives;
	}

	@Transactional
	public Initiative create(InitiativeInput input, Authentication authentication) {
		RecordWrites.Write write = this.writes.create(authentication, "initiative");
		Valid valid = validate(input);
		write.authorise(valid.areas());
		String id = Ids.fromTitle(input.title(), "initiatief");
		this.jdbc.sql("""
				insert into initiative (id, title, description, initiator_organisation_id, location, status,
				  funding_scheme_id, amount, started_on, link, source_id, note, version)
				values (:id, :title, :description, :initiator,
				  case when cast(:location as text) is null then null
				       else ST_SetSRID(ST_GeomFromGeoJSON(:location), 4326) end,
				  :status, :scheme, :amount, :started, :link, :source, :note, 1)
				""").paramSource(params(id, input, valid)).update();
		RecordWrites.linkAreas(this.jdbc, "initiative_area", "initiative_id", id, valid.areas());
		write.log(id, null, json(id));
		return this.initiatives.findByKey(id).orElseThrow();
	}

	@Transactional
	public Initiative update(String id, int version, InitiativeInput input, Authentication authentication) {
		Initiative current = this.initiatives.findByKey(id)
			.orElseThrow(() -> RecordWrites.notFound("id", "No initiative with id " + id));
		RecordWrites.Write write = this.writes.update(authentication, "initiative", current.areaCodes());
		Valid valid = validate(input);
		write.authorise(valid.areas());
		String before = json(id);
		int updated = this.jdbc.sql("""
				update initiative set title = :title, description = :description,
				  initiator_organisation_id = :initiator,
				  location = case when cast(:location as text) is null then null
				                  else ST_SetSRID(ST_GeomFromGeoJSON(:location), 4326) end,
				  status = :status, funding_scheme_id = :scheme, amount = :amount, started_on = :started,
				  link = :link, source_id = :source, note = :note, version = version + 1
				where id = :id and version = :version
				""").paramSource(params(id, input, valid).addValue("version", version)).update();
		write.requireVersion(updated, "Initiative " + id, current.version(), version);
		RecordWrites.linkAreas(this.jdbc, "initiative_area", "initiative_id", id, valid.areas());
		write.log(id, before, json(id));
		return this.initiatives.findByKey(id).orElseThrow();
	}

	private record Valid(String location, List<String> areas) {
	}

	private Valid validate(InitiativeInput input) {
		InputErrors errors = new InputErrors();
		// Lengths and list sizes are bounded before this runs (@length and @size in the
		// schema).
		errors.require(input.title() != null && !input.title().isBlank(), "input.title", "must not be empty");
		errors.require(InputBounds.isAmount(input.amount()), "input.amount", InputBounds.AMOUNT_MESSAGE);
		errors.require(InputBounds.isPartialDate(input.startedOn()), "input.startedOn",
				"must be a real date as YYYY, YYYY-MM or YYYY-MM-DD");
		errors.require(input.link() == null || LINK.matcher(input.link()).matches(), "input.link",
				"must be an http(s) address");
		this.references.missing("area", input.areaCodesOrEmpty())
			.forEach((code) -> errors.add("input.areaCodes", "no area with code " + code));
		this.references.missing("organisation", listOf(input.initiatorOrganisationId()))
			.forEach((id) -> errors.add("input.initiatorOrganisationId", "no organisation with id " + id));
		this.references.missing("scheme", listOf(input.fundingSchemeId()))
			.forEach((id) -> errors.add("input.fundingSchemeId", "no initiative scheme with id " + id));
		this.references.missing("source", listOf(input.sourceId()))
			.forEach((id) -> errors.add("input.sourceId", "no source with id " + id));
		String location = (input.location() != null) ? this.locations.validate(input.location(), errors) : null;
		List<String> areas = new ArrayList<>(input.areaCodesOrEmpty());
		if (areas.isEmpty() && location != null) {
			areas.addAll(this.locations.buurtOf(location));
		}
		errors.require(!areas.isEmpty() || input.location() != null, "input.areaCodes",
				"name the areas, or give a location");
		errors.throwIfAny();
		return new Valid(location, areas);
	}

	private MapSqlParameterSource params(String id, InitiativeInput input, Valid valid) {
		return new MapSqlParameterSource().addValue("id", id)
			.addValue("title", input.title().strip())
			.addValue("description", input.description())
			.addValue("initiator", input.initiatorOrganisationId())
			.addValue("location", valid.location())
			.addValue("status", input.status())
			.addValue("scheme", input.fundingSchemeId())
			.addValue("amount", input.amount())
			.addValue("started", input.startedOn())
			.addValue("link", input.link())
			.addValue("source", (input.sourceId() != null) ? input.sourceId() : RecordWrites.API_SOURCE)
			.addValue("note", input.note());
	}

	private String json(String id) {
		return this.jdbc.sql("""
				select jsonb_build_object('initiative', to_jsonb(i) - 'location',
				  'location', ST_AsGeoJSON(i.location)::jsonb,
				  'areas', array(select area_code from initiative_area a where a.initiative_id = i.id order by 1))::text
				from initiative i where i.id = :id
				""").param("id", id).query(String.class).single();
	}

	private static List<String> listOf(String id) {
		return (id != null) ? List.of(id) : List.of();
	}

}
