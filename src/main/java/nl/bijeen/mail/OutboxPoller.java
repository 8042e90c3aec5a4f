package nl.bijeen.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link OutboxSender} at a fixed delay on a thread of its own, so that a slow or unreachable mail
 * server never holds up the application's other scheduled tasks. Polls again at once after a batch was sent in
 * full, and deletes expired sent mails once an hour. Off when {@code bijeen.mail.enabled=false}. When it stops
 * (graceful shutdown) it finishes the mail being sent and hands back the rest of what it claimed, so that
 * another instance sends those at once rather than after the lease.
 */
class OutboxPoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);

	private static final Duration CLEAN_UP_INTERVAL = Duration.ofHours(1);

	private final OutboxSender sender;

	private final OutboxProperties properties;

	private volatile ScheduledExecutorService executor;

	private Instant lastCleanUp = Instant.MIN;

	OutboxPoller(OutboxSender sender, OutboxProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void start() {
		if (!this.properties.isEnabled() || this.executor != null) {
			return;
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "mail-outbox");
			thread.setDaemon(true);
			return thread;
		});
		this.sender.resume();
		long delay = this.properties.getPollInterval().toMillis();
		executor.scheduleWithFixedDelay(this::poll, delay, delay, TimeUnit.MILLISECONDS);
		this.executor = executor;
		log.info("Mail outbox sender {} started, polling every {}", this.sender.instanceId(),
				this.properties.getPollInterval());
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.executor;
		this.executor = null;
		if (executor == null) {
			return;
		}
		this.sender.stop();
		executor.shutdown();
		try {
			if (executor.awaitTermination(30, TimeUnit.SECONDS)) {
				// Nothing is being sent any more: whatever this instance still holds goes back to the others.
				releaseAll();
			}
			else {
				// A mail hangs at the mail server: the rest of its batch was handed back; it keeps its claim.
				executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	private void releaseAll() {
		try {
			int released = this.sender.releaseAll();
			if (released > 0) {
				log.info("Mail outbox sender {} stopped and handed back {} claimed mail(s)", this.sender.instanceId(),
						released);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not hand back the claimed mails; they are sent after their claim runs out: {}",
					ErrorSummary.of(ex));
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	void poll() {
		try {
			while (isRunning() && this.sender.sendDue() >= this.properties.getBatchSize()) {
				log.debug("A full batch was sent, claiming the next one");
			}
			Instant now = Instant.now();
			if (this.lastCleanUp.plus(CLEAN_UP_INTERVAL).isBefore(now)) {
				this.lastCleanUp = now;
				int deleted = this.sender.deleteExpired();
				if (deleted > 0) {
					log.info("Deleted {} sent or given-up mail(s) past their retention period", deleted);
				}
			}
		}
		catch (RuntimeException ex) {
			// Database unreachable or the like: the next poll tries again.
			log.warn("Polling the mail outbox failed: {}", ErrorSummary.of(ex));
		}
	}

}
