package nl.wijkatlas.opgave;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A middel of an {@link InspanningEntity}, at its position. */
@Entity
@Table(name = "middel")
class MiddelEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "inspanning_id")
	private InspanningEntity inspanning;

	private short position;

	private String kind;

	private BigDecimal amount;

	@Column(name = "credit_id")
	private String creditId;

	private String description;

	protected MiddelEntity() {
	}

	MiddelEntity(InspanningEntity inspanning, int position) {
		this.inspanning = inspanning;
		this.position = (short) position;
	}

	void apply(OpgaveInput.MiddelInput input) {
		this.kind = input.kind();
		this.amount = (input.amount() != null) ? BigDecimal.valueOf(input.amount()) : null;
		this.creditId = input.creditId();
		this.description = input.description();
	}

}
