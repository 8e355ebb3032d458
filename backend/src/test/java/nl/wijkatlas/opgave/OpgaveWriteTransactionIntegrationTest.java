package nl.wijkatlas.opgave;

import java.util.List;

import jakarta.persistence.EntityManager;
import nl.wijkatlas.support.WijkatlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JPA aggregate and the JdbcClient statements of a mutation (the change log, the
 * data version) run on one connection in one transaction: what JPA wrote is visible to
 * the SQL that follows, and a failure after both rolls back both.
 */
@WijkatlasIntegrationTest
class OpgaveWriteTransactionIntegrationTest {

	@Autowired
	OpgaveEntities opgaven;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void shouldRollBackTheJdbcClientWriteWithTheJpaWriteWhenTheTransactionFails() {
		String id = "transactietest-" + System.nanoTime();
		long changesBefore = count("select count(*) from change");
		assertThatThrownBy(() -> new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			OpgaveEntity opgave = new OpgaveEntity(id);
			opgave.apply(new OpgaveInput("Transactietest", "veiligheid", "2025", null, null, List.of("WK019330"),
					List.of(new OpgaveInput.DoelInput("Doel", List.of())), null, null), List.of("WK019330"),
					OpgaveChanges.API_SOURCE);
			this.opgaven.saveAndFlush(opgave);
			Object jpaBackend = this.entityManager.createNativeQuery("select pg_backend_pid()").getSingleResult();
			Integer jdbcBackend = this.jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
			assertThat(jdbcBackend).as("one connection for JPA and JdbcClient").isEqualTo(jpaBackend);
			assertThat(count("select count(*) from doel where opgave_id = '" + id + "'"))
				.as("JdbcClient sees what JPA flushed, uncommitted")
				.isEqualTo(1);
			this.jdbc.sql("""
					insert into change (actor, action, entity_type, entity_id) values ('test', 'CREATE', 'opgave', :id)
					""").param("id", id).update();
			throw new IllegalStateException("a failure after both writes");
		})).hasMessage("a failure after both writes");
		assertThat(count("select count(*) from opgave where id = '" + id + "'")).isZero();
		assertThat(count("select count(*) from doel where opgave_id = '" + id + "'")).isZero();
		assertThat(count("select count(*) from change")).isEqualTo(changesBefore);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
