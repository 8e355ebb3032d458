package nl.wijkatlas.indicator;

import nl.wijkatlas.source.Source;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads the sources that indicators and figures cite, in batches. */
interface IndicatorSourceRepository extends JpaRepository<Source, String> {

}
