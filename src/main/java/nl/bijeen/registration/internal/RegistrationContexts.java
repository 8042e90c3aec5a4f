package nl.bijeen.registration.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.bijeen.events.Event;
import nl.bijeen.events.Events;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.Session;

import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the {@link RegistrationContext} of the events people are registering for, so that a rush of
 * registrations does not read the same event, settings, rounds and questions for every request. A saved
 * or deleted event, programme part, session, setting or question makes this instance read the event's
 * context again at once; what other instances (or direct database changes) did is seen after
 * {@link RegistrationProperties#getContextCacheTtl() the cache's time to live}. Places are never cached:
 * they are claimed in the database.
 */
@Component
public class RegistrationContexts {

	private final Events events;

	private final RegistrationSettingsRepository settings;

	private final Rounds rounds;

	private final RegistrationQuestions questions;

	private final long ttlNanos;

	private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

	/** Event ids by slug, checked against the (cached) event's current slug on every use. */
	private final Map<String, Long> slugs = new ConcurrentHashMap<>();

	RegistrationContexts(Events events, RegistrationSettingsRepository settings, Rounds rounds,
			RegistrationQuestions questions, RegistrationProperties properties) {
		this.events = events;
		this.settings = settings;
		this.rounds = rounds;
		this.questions = questions;
		this.ttlNanos = properties.getContextCacheTtl().toNanos();
	}

	/**
	 * The context of the event, empty when there is no such event.
	 */
	public Optional<RegistrationContext> of(Long eventId) {
		Cached cached = this.cache.get(eventId);
		if (fresh(cached)) {
			return Optional.of(cached.context());
		}
		if (this.ttlNanos <= 0) {
			return this.events.findById(eventId).map(this::load);
		}
		// One request reads the context again; the others arriving meanwhile wait for it and share it.
		Cached loaded = this.cache.compute(eventId, (id, current) -> fresh(current) ? current
				: this.events.findById(id).map(e -> new Cached(load(e), System.nanoTime())).orElse(null));
		return Optional.ofNullable(loaded).map(Cached::context);
	}

	private boolean fresh(Cached cached) {
		return cached != null && System.nanoTime() - cached.loadedAt() < this.ttlNanos;
	}

	/**
	 * The context of the event with this slug, empty when there is no such event.
	 */
	public Optional<RegistrationContext> ofSlug(String slug) {
		Long id = this.slugs.get(slug);
		Optional<RegistrationContext> context = (id != null) ? of(id) : Optional.empty();
		if (context.isPresent() && slug.equals(context.get().event().getSlug())) {
			return context;
		}
		this.slugs.remove(slug);
		Optional<Event> event = this.events.findBySlug(slug);
		event.ifPresent(e -> this.slugs.put(slug, e.getId()));
		return event.flatMap(e -> of(e.getId()));
	}

	/**
	 * The context of this event as it is now in the database (and cached as such).
	 */
	public RegistrationContext of(Event event) {
		RegistrationContext context = load(event);
		if (this.ttlNanos > 0) {
			this.cache.put(event.getId(), new Cached(context, System.nanoTime()));
		}
		return context;
	}

	private RegistrationContext load(Event event) {
		Long id = event.getId();
		return new RegistrationContext(event, this.settings.of(id), this.rounds.of(id),
				this.questions.findByEventIdOrderByPositionAscIdAsc(id));
	}

	@EventListener
	void saved(AfterSaveEvent<?> saved) {
		forget(saved.getEntity());
	}

	@EventListener
	void deleted(AfterDeleteEvent<?> deleted) {
		Object entity = deleted.getEntity();
		if (entity == null) {
			this.cache.clear();
		}
		else {
			forget(entity);
		}
	}

	private void forget(Object entity) {
		if (entity instanceof Event event) {
			forget(event.getId());
		}
		else if (entity instanceof ProgrammePart part) {
			forget(part.eventId());
		}
		else if (entity instanceof Session session) {
			forget(session.eventId());
		}
		else if (entity instanceof RegistrationSettings s) {
			forget(s.eventId());
		}
		else if (entity instanceof RegistrationQuestion question) {
			forget(question.eventId());
		}
	}

	/**
	 * Forgets the event's context now and, when this happens in a transaction, once more when it ends: a
	 * request may have read the old state again in between.
	 */
	public void forget(Long eventId) {
		if (eventId == null) {
			return;
		}
		this.cache.remove(eventId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					RegistrationContexts.this.cache.remove(eventId);
				}
			});
		}
	}

	private record Cached(RegistrationContext context, long loadedAt) {
	}

}
