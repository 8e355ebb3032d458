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
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import nl.wijkatlas.jpa.Aggregates;

import org.hibernate.Hibernate;

/**
 * An inspanning of a {@link DoelEntity}: its betrokken organisations and its middelen.
 */
@Entity
@Table(name = "inspanning")
class InspanningEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "doel_id")
	private DoelEntity doel;

	private short position;

	private String title;

	@ElementCollection
	@CollectionTable(name = "inspanning_betrokkene", joinColumns = @JoinColumn(name = "inspanning_id"))
	@Column(name = "organisation_id")
	private Set<String> betrokkenen = new LinkedHashSet<>();

	@OneToMany(mappedBy = "inspanning", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<MiddelEntity> middelen = new ArrayList<>();

	protected InspanningEntity() {
	}

	InspanningEntity(DoelEntity doel, int position) {
		this.doel = doel;
		this.position = (short) position;
	}

	void apply(OpgaveInput.InspanningInput input) {
		this.title = input.title();
		List<String> organisations = (input.betrokkenen() != null) ? input.betrokkenen() : List.of();
		this.betrokkenen.retainAll(organisations);
		this.betrokkenen.addAll(organisations);
		Aggregates.match(this.middelen, (input.middelen() != null) ? input.middelen() : List.of(),
				(position) -> new MiddelEntity(this, position), MiddelEntity::apply);
	}

	void load() {
		Hibernate.initialize(this.betrokkenen);
		Hibernate.initialize(this.middelen);
	}

}
