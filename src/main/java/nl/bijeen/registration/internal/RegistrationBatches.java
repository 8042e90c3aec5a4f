package nl.bijeen.registration.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the registrations that arrive at the same time together: one background thread takes whatever
 * is waiting (up to {@link RegistrationProperties#getMaxBatchSize()}) and stores it in one transaction,
 * each registration behind a savepoint of its own. A registration that is refused (full without waiting
 * list) or runs into a database conflict is rolled back to its savepoint alone; the others are kept. A
 * conflicting one is then stored again on its own, in a fresh transaction. The caller waits until its
 * registration is committed (or refused): nobody is told "registered" for a registration that is not
 * stored.
 * <p>
 * This is group commit: one commit, and one turn on each busy place counter, for many registrations, so a
 * rush of registrations for one event does not queue up behind the counter row one commit at a time.
 */
@Component
public class RegistrationBatches {

	private static final Logger log = LoggerFactory.getLogger(RegistrationBatches.class);

	/** How long a caller waits for its registration before giving up with an error. */
	private static final long WAIT_SECONDS = 60;

	private final RegistrationWriter writer;

	private final BulkRegistrations bulk;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	private final int maxBatchSize;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final DistributionSummary batchSizes;

	private final Timer batchTimes;

	private volatile Thread worker;

	private volatile boolean stopped;

	RegistrationBatches(RegistrationWriter writer, BulkRegistrations bulk, ApplicationEventPublisher publisher,
			TransactionTemplate transactions, RegistrationProperties properties, ObjectProvider<MeterRegistry> meters) {
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.batchSizes = DistributionSummary.builder("bijeen.registration.batch.size")
			.description("Registrations stored together in one transaction")
			.register(registry);
		this.batchTimes = Timer.builder("bijeen.registration.batch.time")
			.description("Time to store one batch of registrations")
			.register(registry);
		this.writer = writer;
		this.bulk = bulk;
		this.publisher = publisher;
		this.transactions = transactions;
		this.maxBatchSize = properties.getMaxBatchSize();
	}

	boolean enabled() {
		return this.maxBatchSize > 1 && !this.stopped;
	}

	/**
	 * Stores the registration with whatever else is waiting, and waits for the outcome.
	 */
	RegistrationResult register(ValidRegistration valid) {
		Pending pending = new Pending(valid, new CompletableFuture<>());
		startWorkerIfNeeded();
		this.queue.add(pending);
		if (this.stopped) {
			failAll(new IllegalStateException("bijeen is shutting down"));
		}
		try {
			return pending.outcome().get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Registration failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while registering", ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Registration not stored in time", ex);
		}
	}

	private void startWorkerIfNeeded() {
		if (this.worker != null) {
			return;
		}
		synchronized (this) {
			if (this.worker == null && !this.stopped) {
				Thread thread = new Thread(this::work, "registration-batches");
				thread.setDaemon(true);
				thread.start();
				this.worker = thread;
			}
		}
	}

	private void work() {
		List<Pending> batch = new ArrayList<>(this.maxBatchSize);
		while (!this.stopped) {
			try {
				Pending first = this.queue.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, this.maxBatchSize - 1);
				this.batchSizes.record(batch.size());
				this.batchTimes.record(() -> store(batch));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException | Error ex) {
				log.error("Storing a batch of registrations failed", ex);
				batch.forEach(p -> p.outcome().completeExceptionally(ex));
			}
			finally {
				batch.clear();
			}
		}
		failAll(new IllegalStateException("bijeen is shutting down"));
	}

	/**
	 * Stores the batch in one transaction; what cannot be stored with the others is stored alone.
	 */
	void store(List<Pending> batch) {
		List<Pending> alone = new ArrayList<>();
		List<Runnable> outcomes = new ArrayList<>();
		try {
			this.transactions.executeWithoutResult(status -> {
				List<Pending> left = storeInBulk(batch, outcomes);
				for (Pending pending : left) {
					storeBehindSavepoint(pending, status, outcomes, alone);
				}
			});
		}
		catch (RuntimeException ex) {
			// The transaction as a whole failed (e.g. its commit): nothing of the batch is stored. Store each
			// on its own.
			log.debug("A batch of {} registrations could not be committed; storing each alone", batch.size(), ex);
			outcomes.clear();
			alone.clear();
			alone.addAll(batch);
		}
		outcomes.forEach(Runnable::run);
		for (Pending pending : alone) {
			storeAlone(pending);
		}
	}

	/**
	 * Stores the plain new registrations of the batch per event with a few statements each.
	 * @return the requests left to store one by one
	 */
	private List<Pending> storeInBulk(List<Pending> batch, List<Runnable> outcomes) {
		Map<Long, List<Pending>> perEvent = new LinkedHashMap<>();
		batch.forEach(p -> perEvent.computeIfAbsent(p.valid().event().getId(), id -> new ArrayList<>()).add(p));
		List<Pending> left = new ArrayList<>();
		perEvent.forEach((eventId, pendings) -> {
			List<Object> written = this.bulk.write(eventId, pendings.stream().map(Pending::valid).toList());
			for (int i = 0; i < pendings.size(); i++) {
				Pending pending = pendings.get(i);
				if (written.get(i) instanceof RegistrationWriter.Written w) {
					w.events().forEach(this.publisher::publishEvent);
					outcomes.add(() -> pending.outcome().complete(w.result()));
				}
				else if (written.get(i) instanceof RegistrationRejected rejected) {
					outcomes.add(() -> pending.outcome().completeExceptionally(rejected));
				}
				else {
					left.add(pending);
				}
			}
		});
		return left;
	}

	private void storeBehindSavepoint(Pending pending, TransactionStatus status, List<Runnable> outcomes,
			List<Pending> alone) {
		Object savepoint = status.createSavepoint();
		try {
			RegistrationWriter.Written written = this.writer.write(pending.valid());
			written.events().forEach(this.publisher::publishEvent);
			status.releaseSavepoint(savepoint);
			outcomes.add(() -> pending.outcome().complete(written.result()));
		}
		catch (RegistrationRejected ex) {
			status.rollbackToSavepoint(savepoint);
			outcomes.add(() -> pending.outcome().completeExceptionally(ex));
		}
		catch (DataAccessException ex) {
			// Lost a race in the database (e.g. the same address registered elsewhere at this moment): try it
			// again on its own, where a retry finds the winner's row.
			status.rollbackToSavepoint(savepoint);
			alone.add(pending);
		}
		catch (RuntimeException ex) {
			status.rollbackToSavepoint(savepoint);
			outcomes.add(() -> pending.outcome().completeExceptionally(ex));
		}
	}

	private void storeAlone(Pending pending) {
		try {
			pending.outcome().complete(storeAlone(pending.valid()));
		}
		catch (RuntimeException ex) {
			pending.outcome().completeExceptionally(ex);
		}
	}

	/**
	 * Stores one registration in a transaction of its own (or the caller's), retried when it loses a race in
	 * the database.
	 */
	RegistrationResult storeAlone(ValidRegistration valid) {
		return Retry.run(() -> this.transactions.execute(status -> {
			RegistrationWriter.Written written = this.writer.write(valid);
			written.events().forEach(this.publisher::publishEvent);
			return written.result();
		}));
	}

	private void failAll(RuntimeException reason) {
		List<Pending> left = new ArrayList<>();
		this.queue.drainTo(left);
		left.forEach(p -> p.outcome().completeExceptionally(reason));
	}

	/**
	 * Lets the batch in progress finish, then refuses what is still waiting.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		this.stopped = true;
		Thread thread = this.worker;
		if (thread != null) {
			thread.join(TimeUnit.SECONDS.toMillis(10));
		}
		failAll(new IllegalStateException("bijeen is shutting down"));
	}

	record Pending(ValidRegistration valid, CompletableFuture<RegistrationResult> outcome) {
	}

}
