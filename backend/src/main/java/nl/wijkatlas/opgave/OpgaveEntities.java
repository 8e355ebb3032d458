package nl.wijkatlas.opgave;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The opgave aggregates, for the mutations; reads go through {@link OpgaveRepository}.
 */
interface OpgaveEntities extends JpaRepository<OpgaveEntity, String> {

}
