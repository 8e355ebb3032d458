package nl.wijkatlas.initiative;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The initiative aggregates, for the mutations; reads go through
 * {@link InitiativeRepository}.
 */
interface InitiativeEntities extends JpaRepository<InitiativeEntity, String> {

}
