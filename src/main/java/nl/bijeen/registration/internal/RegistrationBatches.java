package nl.bijeen.registration.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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
 * each event's registrations and each registration stored one by one behind a savepoint of their own. A
 * registration that is refused (full without waiting list) is rolled back to its savepoint alone; the others
 * are kept. One that runs into a database conflict, or whose event's place counters are locked elsewhere
 * for longer than {@link RegistrationProperties#getBatchLockTimeout()}, is set aside and stored again on its
 * own, in a fresh transaction on another thread, so that one locked or slow event never holds up the
 * registrations for other events. Every transaction's waits are bounded ({@link DatabaseWaits}).
 * <p>
 * The caller waits until its registration is committed (or refused): nobody is told "registered" for a
 * registration that is not stored. A caller that stops waiting ({@link RegistrationProperties#getWaitTimeout()})
 * withdraws its registration if it was not taken up yet (an atomic change of its state: nothing is stored
 * then), or is told that the outcome is unknown ({@link RegistrationOutcomeUnknown}); it is never told that
 * a registration failed that is stored afterwards.
 * <p>
 * This is group commit: one commit, and one turn on each busy place counter, for many registrations, so a
 * rush of registrations for one event does not queue up behind the counter row one commit at a time.
 */
@Component
public class RegistrationBatches {

	private static final Logger log = LoggerFactory.getLogger(RegistrationBatches.class);

	/** Threads that store set-aside registrations one by one. */
	private static final int ALONE_THREADS = 4;

	private final RegistrationWriter writer;

	private final BulkRegistrations bulk;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	private final DatabaseWaits waits;

	private final RegistrationProperties properties;

	private final int maxBatchSize;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final ExecutorService alone;

	private final DistributionSummary batchSizes;

	private final Timer batchTimes;

	private volatile Thread worker;

	private volatile boolean stopped;

	RegistrationBatches(RegistrationWriter writer, BulkRegistrations bulk, ApplicationEventPublisher publisher,
			TransactionTemplate transactions, DatabaseWaits waits, RegistrationProperties properties,
			ObjectProvider<MeterRegistry> meters) {
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
		this.waits = waits;
		this.properties = properties;
		this.maxBatchSize = properties.getMaxBatchSize();
		AtomicInteger threads = new AtomicInteger();
		this.alone = Executors.newFixedThreadPool(ALONE_THREADS, runnable -> {
			Thread thread = new Thread(runnable, "registration-alone-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	boolean enabled() {
		return this.maxBatchSize > 1 && !this.stopped;
	}

	/**
	 * Stores the registration with whatever else is waiting, and waits for the outcome.
	 * @throws RegistrationBusy when it could not be stored now; nothing is stored
	 * @throws RegistrationOutcomeUnknown when the wait ran out while it was being stored
	 */
	RegistrationResult register(ValidRegistration valid) {
		Pending pending = new Pending(valid);
		startWorkerIfNeeded();
		this.queue.add(pending);
		if (this.stopped) {
			failAll();
		}
		try {
			return pending.outcome().get(this.properties.getWaitTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Registration failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return gaveUp(pending);
		}
		catch (TimeoutException ex) {
			return gaveUp(pending);
		}
	}

	/**
	 * The caller stops waiting: withdraws the registration if nobody took it up yet, or else says that its
	 * outcome is unknown (unless it arrived just now).
	 */
	private RegistrationResult gaveUp(Pending pending) {
		if (pending.withdraw()) {
			this.queue.remove(pending);
			throw new RegistrationBusy("The registration was not taken up in time; it is withdrawn, nothing stored");
		}
		if (pending.outcome().isDone()) {
			try {
				return pending.outcome().join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw ex;
			}
		}
		// The caller was told the outcome comes by mail: a refusal for lack of places must then come by mail too.
		pending.outcome().whenComplete((result, failure) -> refuseByMail(pending, failure));
		throw new RegistrationOutcomeUnknown("The registration was still being stored when the wait ran out");
	}

	private void refuseByMail(Pending pending, Throwable failure) {
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
				: failure;
		if (cause instanceof RegistrationRejected rejected && rejected.isNoPlace()) {
			this.transactions
				.executeWithoutResult(status -> this.publisher.publishEvent(rejected.refusal(pending.valid())));
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
		List<Pending> drained = new ArrayList<>(this.maxBatchSize);
		List<Pending> batch = new ArrayList<>(this.maxBatchSize);
		// When stopping, what was queued before is still stored (its callers are waiting for it).
		while (!this.stopped || !this.queue.isEmpty()) {
			try {
				Pending first = this.stopped ? this.queue.poll() : this.queue.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				drained.add(first);
				this.queue.drainTo(drained, this.maxBatchSize - 1);
				// Registrations withdrawn by callers that stopped waiting are left out.
				drained.stream().filter(Pending::take).forEach(batch::add);
				if (batch.isEmpty()) {
					continue;
				}
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
				drained.clear();
				batch.clear();
			}
		}
		failAll();
	}

	/**
	 * Stores the batch in one transaction; what cannot be stored with the others is set aside and stored
	 * alone.
	 */
	void store(List<Pending> batch) {
		List<Pending> aside = new ArrayList<>();
		List<Runnable> outcomes = new ArrayList<>();
		try {
			this.transactions.executeWithoutResult(status -> {
				this.waits.bound(this.properties.getBatchLockTimeout(), this.properties.getStatementTimeout());
				Set<Long> held = new HashSet<>();
				List<Pending> left = storeInBulk(batch, status, outcomes, aside, held);
				for (Pending pending : left) {
					if (held.contains(pending.eventId())) {
						aside.add(pending);
					}
					else {
						storeBehindSavepoint(pending, status, outcomes, aside, held);
					}
				}
			});
		}
		catch (RuntimeException ex) {
			// The transaction as a whole failed (e.g. its commit): nothing of the batch is stored. Store each
			// on its own.
			log.debug("A batch of {} registrations could not be committed; storing each alone", batch.size(), ex);
			outcomes.clear();
			aside.clear();
			aside.addAll(batch);
		}
		outcomes.forEach(Runnable::run);
		aside.forEach(this::setAside);
	}

	/**
	 * Stores the plain new registrations of the batch per event with a few statements each, each event
	 * behind a savepoint: an event whose counters are locked elsewhere (or that runs into a conflict) is
	 * rolled back alone and its registrations are set aside.
	 * @return the requests left to store one by one
	 */
	private List<Pending> storeInBulk(List<Pending> batch, TransactionStatus status, List<Runnable> outcomes,
			List<Pending> aside, Set<Long> held) {
		Map<Long, List<Pending>> perEvent = new LinkedHashMap<>();
		batch.forEach(p -> perEvent.computeIfAbsent(p.eventId(), id -> new ArrayList<>()).add(p));
		List<Pending> left = new ArrayList<>();
		perEvent.forEach((eventId, pendings) -> {
			Object savepoint = status.createSavepoint();
			List<Object> written;
			try {
				written = this.bulk.write(eventId, pendings.stream().map(Pending::valid).toList());
				status.releaseSavepoint(savepoint);
			}
			catch (DataAccessException ex) {
				status.rollbackToSavepoint(savepoint);
				holdUp(eventId, ex, held);
				aside.addAll(pendings);
				return;
			}
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
			List<Pending> aside, Set<Long> held) {
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
			// Lost a race in the database (e.g. the same address registered elsewhere at this moment), or
			// the event's counters are locked elsewhere: try it again on its own, where a retry finds the
			// winner's row or waits for the lock, without holding up the others.
			status.rollbackToSavepoint(savepoint);
			holdUp(pending.eventId(), ex, held);
			aside.add(pending);
		}
		catch (RuntimeException ex) {
			status.rollbackToSavepoint(savepoint);
			outcomes.add(() -> pending.outcome().completeExceptionally(ex));
		}
	}

	private static void holdUp(Long eventId, DataAccessException ex, Set<Long> held) {
		if (DatabaseWaits.ranOut(ex)) {
			log.info("Event {} is busy (its place counters are locked elsewhere); its registrations are stored "
					+ "one by one", eventId);
			held.add(eventId);
		}
	}

	/**
	 * Stores the registration alone on another thread, unless its caller withdraws it first.
	 */
	private void setAside(Pending pending) {
		pending.putBack();
		try {
			this.alone.execute(() -> {
				if (!pending.take()) {
					return;
				}
				try {
					pending.outcome().complete(storeAlone(pending.valid()));
				}
				catch (RuntimeException ex) {
					pending.outcome().completeExceptionally(ex);
				}
			});
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			if (pending.take()) {
				pending.outcome().completeExceptionally(new RegistrationBusy("bijeen is shutting down", ex));
			}
		}
	}

	/**
	 * Stores one registration in a transaction of its own (or the caller's), retried when it loses a race in
	 * the database; its waits are bounded.
	 * @throws RegistrationBusy when a wait ran out; nothing is stored then
	 */
	RegistrationResult storeAlone(ValidRegistration valid) {
		try {
			return Retry.run(() -> this.transactions.execute(status -> {
				if (status.isNewTransaction()) {
					this.waits.bound(this.properties.getLockTimeout(), this.properties.getStatementTimeout());
				}
				RegistrationWriter.Written written = this.writer.write(valid);
				written.events().forEach(this.publisher::publishEvent);
				return written.result();
			}), DatabaseWaits::ranOut);
		}
		catch (DataAccessException ex) {
			if (DatabaseWaits.ranOut(ex)) {
				throw new RegistrationBusy("The database was busy; the registration is not stored", ex);
			}
			throw ex;
		}
	}

	private void failAll() {
		List<Pending> left = new ArrayList<>();
		this.queue.drainTo(left);
		left.stream()
			.filter(Pending::take)
			.forEach(p -> p.outcome().completeExceptionally(new RegistrationBusy("bijeen is shutting down")));
	}

	/**
	 * Shutting down (after the web server stopped taking requests and let those in progress finish): stores
	 * what is queued, then refuses what still arrives as busy (nothing stored); nobody is told "registered"
	 * for a registration that is not stored.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		this.stopped = true;
		Thread thread = this.worker;
		if (thread != null) {
			thread.join(TimeUnit.SECONDS.toMillis(10));
		}
		failAll();
		this.alone.shutdown();
		if (!this.alone.awaitTermination(10, TimeUnit.SECONDS)) {
			this.alone.shutdownNow();
		}
	}

	/**
	 * A registration waiting to be stored. Its state changes atomically: {@code QUEUED} until the writer
	 * takes it up ({@code TAKEN}) or its caller withdraws it ({@code WITHDRAWN}); a registration set aside
	 * is {@code QUEUED} again until a thread takes it up to store it alone.
	 */
	static final class Pending {

		private final ValidRegistration valid;

		private final CompletableFuture<RegistrationResult> outcome = new CompletableFuture<>();

		private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);

		Pending(ValidRegistration valid) {
			this.valid = valid;
		}

		ValidRegistration valid() {
			return this.valid;
		}

		CompletableFuture<RegistrationResult> outcome() {
			return this.outcome;
		}

		Long eventId() {
			return this.valid.event().getId();
		}

		/**
		 * Takes the registration up to store it.
		 * @return false when its caller withdrew it
		 */
		boolean take() {
			return this.state.compareAndSet(State.QUEUED, State.TAKEN);
		}

		/**
		 * Withdraws the registration.
		 * @return false when it was taken up already
		 */
		boolean withdraw() {
			return this.state.compareAndSet(State.QUEUED, State.WITHDRAWN);
		}

		/**
		 * Makes a registration that was taken up but not stored withdrawable again.
		 */
		void putBack() {
			this.state.compareAndSet(State.TAKEN, State.QUEUED);
		}

		private enum State {

			QUEUED, TAKEN, WITHDRAWN

		}

	}

}
