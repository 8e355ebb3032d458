package nl.wijkatlas.initiative;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wijkatlas.jpa.Aggregates;
import nl.wijkatlas.jpa.AssignedId;
import org.locationtech.jts.geom.Point;

import org.hibernate.Hibernate;

/**
 * The initiative as the mutations write it: the row with its location (a JTS
 * {@link Point} in WGS84, stored as {@code geometry(Point, 4326)} by hibernate-spatial)
 * and its areas, under one version. Read through {@link InitiativeRepository} (SQL).
 */
@Entity
@Table(name = "initiative")
class InitiativeEntity extends AssignedId implements Aggregates.Versioned {

	@Id
	private String id;

	private String title;

	private String description;

	@Column(name = "initiator_organisation_id")
	private String initiatorOrganisationId;

	private Point location;

	private String status;

	@Column(name = "funding_scheme_id")
	private String fundingSchemeId;

	private BigDecimal amount;

	@Column(name = "started_on")
	private String startedOn;

	private String link;

	@Column(name = "source_id")
	private String sourceId;

	/** Written by the importer only; kept as it is by the API. */
	private String locator;

	private String note;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "initiative_area", joinColumns = @JoinColumn(name = "initiative_id"))
	@Column(name = "area_code")
	private Set<String> areaCodes = new LinkedHashSet<>();

	protected InitiativeEntity() {
	}

	/** A new initiative at version 1 (the importer's rows are at 0). */
	InitiativeEntity(String id) {
		this.id = id;
		this.version = 1;
	}

	void apply(InitiativeInput input, Point location, List<String> areas, String sourceId) {
		this.title = input.title().strip();
		this.description = input.description();
		this.initiatorOrganisationId = input.initiatorOrganisationId();
		this.location = location;
		this.status = input.status();
		this.fundingSchemeId = input.fundingSchemeId();
		this.amount = (input.amount() != null) ? BigDecimal.valueOf(input.amount()) : null;
		this.startedOn = input.startedOn();
		this.link = input.link();
		this.sourceId = sourceId;
		this.note = input.note();
		this.areaCodes.retainAll(areas);
		this.areaCodes.addAll(areas);
	}

	/** Loads the whole aggregate, so that it can be changed after it is detached. */
	InitiativeEntity loaded() {
		Hibernate.initialize(this.areaCodes);
		return this;
	}

	@Override
	public String getId() {
		return this.id;
	}

	Set<String> areaCodes() {
		return this.areaCodes;
	}

	@Override
	public int getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(int version) {
		this.version = version;
	}

}
