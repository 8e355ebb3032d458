package nl.wijkatlas.jpa;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import nl.wijkatlas.graphql.MutationException;
import nl.wijkatlas.graphql.UserError;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/**
 * How the mutations write an aggregate through JPA (docs/architecture.md, "The
 * persistence rule"): a new one is persisted, a changed one is merged with the version
 * the client read, so that Hibernate's {@code @Version} check refuses a stale one; both
 * are flushed at once, so the SQL that follows in the same transaction (the change log's
 * JSON of the row) sees them.
 */
@Component
public class Aggregates {

	private final EntityManager entityManager;

	Aggregates(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Writes an aggregate that was read, detached ({@link #detach}) and changed, as of
	 * the version the client read; every update makes exactly one new version, also when
	 * only its children changed (Hibernate increments the root's version only when its
	 * own columns or collections change).
	 * @param conflict the CONFLICT error when the client's version is not the stored one
	 * (Hibernate's optimistic lock failure, at the merge or at the flush)
	 */
	public <T extends Versioned> T update(JpaRepository<T, ?> repository, T aggregate, int version,
			Supplier<String> conflict) {
		aggregate.setVersion(version);
		try {
			T saved = repository.saveAndFlush(aggregate);
			if (saved.getVersion() == version) {
				this.entityManager.lock(saved, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
			}
			return saved;
		}
		catch (OptimisticLockingFailureException | OptimisticLockException ex) {
			throw new MutationException(UserError.Code.CONFLICT, "version", conflict.get());
		}
	}

	/**
	 * Detaches an aggregate read for an update, after its children are loaded, so that
	 * its version can be set to the one the client read.
	 */
	public <T> T detach(T aggregate) {
		this.entityManager.detach(aggregate);
		return aggregate;
	}

	/**
	 * Makes {@code children} match {@code inputs} position by position: the child at a
	 * position is updated in place, new positions are added, positions past the end
	 * removed (orphan removal deletes them). Changed in place rather than replaced,
	 * because Hibernate inserts before it deletes and the table's unique (parent,
	 * position) would refuse a new child at a position an old one still holds.
	 */
	public static <C, I> void match(List<C> children, List<I> inputs, IntFunction<C> create, BiConsumer<C, I> update) {
		while (children.size() > inputs.size()) {
			children.remove(children.size() - 1);
		}
		for (int i = 0; i < inputs.size(); i++) {
			if (i == children.size()) {
				children.add(create.apply(i));
			}
			update.accept(children.get(i), inputs.get(i));
		}
	}

	/** The conflict message of every aggregate. */
	public static String conflict(String what, int current, int sent) {
		return what + " was changed by someone else (it is now at version " + current + ", you sent " + sent
				+ "): read it again and reapply your change";
	}

	/** An aggregate root with a {@code @Version}. */
	public interface Versioned {

		int getVersion();

		void setVersion(int version);

	}

}
