package nl.wijkatlas.jpa;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An aggregate root whose id the application assigns (a slug of the title): new until
 * persisted or loaded. Spring Data would otherwise take a root with an id and a version
 * for an existing one and merge it, which Hibernate refuses for a row that does not
 * exist.
 */
@MappedSuperclass
public abstract class AssignedId implements Persistable<String> {

	@Transient
	private boolean created = true;

	@Override
	public boolean isNew() {
		return this.created;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.created = false;
	}

}
