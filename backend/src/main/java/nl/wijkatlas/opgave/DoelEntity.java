package nl.wijkatlas.opgave;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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

/** A doel of an {@link OpgaveEntity}, at its position. */
@Entity
@Table(name = "doel")
class DoelEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "opgave_id")
	private OpgaveEntity opgave;

	private short position;

	private String title;

	@OneToMany(mappedBy = "doel", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<InspanningEntity> inspanningen = new ArrayList<>();

	protected DoelEntity() {
	}

	DoelEntity(OpgaveEntity opgave, int position) {
		this.opgave = opgave;
		this.position = (short) position;
	}

	void apply(OpgaveInput.DoelInput input) {
		this.title = input.title();
		Aggregates.match(this.inspanningen, (input.inspanningen() != null) ? input.inspanningen() : List.of(),
				(position) -> new InspanningEntity(this, position), InspanningEntity::apply);
	}

	void load() {
		this.inspanningen.forEach(InspanningEntity::load);
	}

}
