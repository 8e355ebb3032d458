package nl.wijkatlas.opgave;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wijkatlas.jpa.Aggregates;
import nl.wijkatlas.jpa.AssignedId;

import org.hibernate.Hibernate;

/**
 * The opgave as the mutations write it: the row, its areas and its DIN tree (doelen →
 * inspanningen with betrokkenen → middelen), one aggregate under one version. Read
 * through {@link OpgaveRepository} (SQL), written only through this.
 */
@Entity
@Table(name = "opgave")
class OpgaveEntity extends AssignedId implements Aggregates.Versioned {

	@Id
	private String id;

	private String title;

	private String theme;

	private String period;

	private String status;

	private String summary;

	@Column(name = "source_id")
	private String sourceId;

	/** Written by the importer only; kept as it is by the API. */
	private String locator;

	private String note;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "opgave_area", joinColumns = @JoinColumn(name = "opgave_id"))
	@Column(name = "area_code")
	private Set<String> areaCodes = new LinkedHashSet<>();

	@OneToMany(mappedBy = "opgave", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<DoelEntity> doelen = new ArrayList<>();

	protected OpgaveEntity() {
	}

	/**
	 * A new opgave at version 1 (the importer's rows are at 0 and it overwrites only
	 * those).
	 */
	OpgaveEntity(String id) {
		this.id = id;
		this.version = 1;
	}

	void apply(OpgaveInput input, List<String> areas, String sourceId) {
		this.title = input.title().strip();
		this.theme = input.theme().strip();
		this.period = input.period();
		this.status = input.status();
		this.summary = input.summary();
		this.sourceId = sourceId;
		this.note = input.note();
		this.areaCodes.retainAll(areas);
		this.areaCodes.addAll(areas);
		Aggregates.match(this.doelen, input.doelenOrEmpty(), (position) -> new DoelEntity(this, position),
				DoelEntity::apply);
	}

	/** Loads the whole aggregate, so that it can be changed after it is detached. */
	OpgaveEntity loaded() {
		Hibernate.initialize(this.areaCodes);
		this.doelen.forEach(DoelEntity::load);
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
