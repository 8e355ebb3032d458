package nl.wijkatlas.opgave;

import java.util.List;

import nl.wijkatlas.geodata.content.Content;
import nl.wijkatlas.geodata.content.OpgaveWriter;
import nl.wijkatlas.support.WijkatlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statements of an opgave mutation — JdbcClient's, and the DIN tree that the
 * importer's plain-JDBC writer writes through {@code JdbcTemplate.execute} — run on one
 * connection in one transaction: each sees what the other wrote, and a failure after both
 * rolls back both.
 */
@WijkatlasIntegrationTest
class OpgaveWriteTransactionIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void shouldRollBackTheDinTreeWithTheJdbcClientWritesWhenTheTransactionFails() {
		String id = "transactietest-" + System.nanoTime();
		long changesBefore = count("select count(*) from change");
		assertThatThrownBy(() -> new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.sql("""
					insert into opgave (id, title, theme, period, source_id, version)
					values (:id, 'Transactietest', 'veiligheid', '2025', :source, 1)
					""").param("id", id).param("source", OpgaveChanges.API_SOURCE).update();
			Integer writerBackend = this.jdbcTemplate.execute((ConnectionCallback<Integer>) (connection) -> {
				new OpgaveWriter(connection).writeDin(id, List.of(new Content.Doel("Doel", List.of())));
				try (var statement = connection.createStatement();
						var rs = statement.executeQuery("select pg_backend_pid()")) {
					rs.next();
					return rs.getInt(1);
				}
			});
			Integer clientBackend = this.jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
			assertThat(writerBackend).as("one connection for the DIN writer and JdbcClient").isEqualTo(clientBackend);
			assertThat(count("select count(*) from doel where opgave_id = '" + id + "'"))
				.as("JdbcClient sees the DIN tree, uncommitted")
				.isEqualTo(1);
			this.jdbc.sql("""
					insert into change (actor, action, entity_type, entity_id) values ('test', 'CREATE', 'opgave', :id)
					""").param("id", id).update();
			throw new IllegalStateException("a failure after every write");
		})).hasMessage("a failure after every write");
		assertThat(count("select count(*) from opgave where id = '" + id + "'")).isZero();
		assertThat(count("select count(*) from doel where opgave_id = '" + id + "'")).isZero();
		assertThat(count("select count(*) from change")).isEqualTo(changesBefore);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
