package nl.bijeen.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The only way to send mail from bijeen. {@link #enqueue(OutgoingMail)} stores a mail in the durable outbox
 * in the caller's transaction; a background sender delivers it afterwards, retrying with back-off while the
 * mail server is unreachable. Nothing is sent during a user's request, and no mail is lost or sent for a
 * change that did not happen.
 * <p>
 * Typical use: a module publishes an event for its business change (e.g. a registration) and handles it in
 * a listener that runs inside the publishing transaction ({@code @EventListener}), or in a transactional
 * listener of its own ({@code @ApplicationModuleListener}), and calls {@code enqueue} there: the mail is then
 * stored exactly when the change commits.
 */
@Service
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	/** The key of the deferred mails of the current transaction. */
	private static final Object DEFERRED = new Object();

	private final OutboxMails mails;

	private final Clock clock = Clock.systemUTC();

	Outbox(OutboxMails mails) {
		this.mails = mails;
	}

	/**
	 * Puts a mail in the outbox. Must be called inside a transaction, which it joins: if that transaction
	 * rolls back, the mail is not stored either. A mail whose {@link OutgoingMail#reference() reference} is
	 * already in the outbox (queued, sent or given up) is not stored again, so that retried or repeated
	 * business operations do not send the same mail twice; this does not disturb the caller's transaction.
	 * Enqueuing works while the mail server is down.
	 * @param mail the mail to send
	 * @return {@code true} if the mail was queued, {@code false} if a mail with the same reference was
	 * already there
	 * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a
	 * transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(OutgoingMail mail) {
		return this.mails.add(mail, this.clock.instant()).isPresent();
	}

	/**
	 * Puts a mail in the outbox whose content its {@link MailWriter} writes when the mail is sent. Must be
	 * called inside a transaction: the mail is stored when that transaction commits (all deferred mails of a
	 * transaction in one batch, just before the commit) and not at all if it rolls back. A mail whose
	 * reference is already in the outbox is not stored again.
	 * @param mail the mail to send
	 * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a
	 * transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(DeferredMail mail) {
		deferred().add(new Pending(mail, null));
	}

	/**
	 * Puts a mail in the outbox like {@link #enqueue(DeferredMail)}, unless its address already got
	 * {@code limit} mails within the period {@code within} before the commit, counting the mails this
	 * transaction stores before it: a limit per recipient, so that nobody can flood an address with mails.
	 * The mails of a transaction are counted together, in one query when it commits, not one per mail.
	 * @param mail the mail to send
	 * @param limit the most mails the address may get within the period
	 * @param within the period
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueueWithin(DeferredMail mail, int limit, Duration within) {
		deferred().add(new Pending(mail, new Limit(limit, within)));
	}

	/**
	 * How many mails to this address were queued within the given period before now, counting the deferred
	 * mails that the current transaction will store. For limits per recipient; must be called inside a
	 * transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int countRecent(String to, Duration within) {
		long pending = deferred().stream().filter(p -> p.mail().to().equalsIgnoreCase(to)).count();
		return this.mails.countSince(to, this.clock.instant().minus(within)) + (int) pending;
	}

	/**
	 * How many deferred mails of the given writer wait in the outbox, not yet written: lets a module that queues
	 * many mails (a newsletter) queue its next batch only when the outbox has room, so that other mails are not
	 * held up behind it.
	 */
	@Transactional(readOnly = true)
	public int countQueued(String writer) {
		return this.mails.countQueued(writer);
	}

	@SuppressWarnings("unchecked")
	private List<Pending> deferred() {
		List<Pending> mails = (List<Pending>) TransactionSynchronizationManager.getResource(DEFERRED);
		if (mails == null) {
			List<Pending> bound = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(DEFERRED, bound);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					Instant now = Outbox.this.clock.instant();
					Outbox.this.mails.addDeferred(withinLimits(bound, now), now);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(DEFERRED);
				}

			});
			mails = bound;
		}
		return mails;
	}

	/**
	 * The mails to store: all, but those whose address reached its limit, counted in order (one query per
	 * period of the limits, normally one).
	 */
	private List<DeferredMail> withinLimits(List<Pending> pending, Instant now) {
		Map<Duration, Set<String>> limited = new HashMap<>();
		pending.stream()
			.filter(p -> p.limit() != null)
			.forEach(p -> limited.computeIfAbsent(p.limit().within(), w -> new HashSet<>()).add(p.mail().to()));
		if (limited.isEmpty()) {
			return pending.stream().map(Pending::mail).toList();
		}
		Map<Duration, Map<String, Integer>> stored = new HashMap<>();
		limited.forEach((within, to) -> stored.put(within, this.mails.countsSince(to, now.minus(within))));
		Map<String, Integer> queued = new HashMap<>();
		List<DeferredMail> kept = new ArrayList<>(pending.size());
		for (Pending p : pending) {
			String to = p.mail().to();
			String key = to.toLowerCase(Locale.ROOT);
			if (p.limit() != null && stored.get(p.limit().within()).getOrDefault(to, 0)
					+ queued.getOrDefault(key, 0) >= p.limit().mails()) {
				log.info("No mail {} queued: its address reached its limit of {} mails per {}", p.mail().reference(),
						p.limit().mails(), p.limit().within());
				continue;
			}
			queued.merge(key, 1, Integer::sum);
			kept.add(p.mail());
		}
		return kept;
	}

	/** The most mails an address may get within a period. */
	private record Limit(int mails, Duration within) {
	}

	/** A deferred mail of the current transaction, with its limit per recipient or none. */
	private record Pending(DeferredMail mail, Limit limit) {
	}

}
