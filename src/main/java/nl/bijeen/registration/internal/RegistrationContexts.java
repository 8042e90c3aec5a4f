package nl.bijeen.registration.internal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
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
 * registrations does not read the same event, settings, rounds and questions for every request.
 * <p>
 * A saved or deleted event, programme part, session, setting or question raises the event's
 * {@link ContextVersions version} in the same transaction. Before a cached context is used, its version is
 * compared with the one in the database (one primary key lookup): a change committed through any instance
 * is seen by every instance at once. Changes made behind bijeen's back (directly in the database) are seen
 * after {@link RegistrationProperties#getContextCacheTtl() the cache's time to live}. Places are never
 * cached: they are claimed in the database.
 */
@Component
public class RegistrationContexts {

	private final EventCatalog events;

	private final RegistrationSettingsRepository settings;

	private final Rounds rounds;

	private final RegistrationQuestions questions;

	private final ContextVersions versions;

	private final boolean caching;

	private final Cache<Long, Cached> cache;

	/** Event ids by slug, checked against the (cached) event's current slug on every use. */
	private final Cache<String, Long> slugs = Caffeine.newBuilder().maximumSize(10_000).build();

	RegistrationContexts(EventCatalog events, RegistrationSettingsRepository settings, Rounds rounds,
			RegistrationQuestions questions, ContextVersions versions, RegistrationProperties properties) {
		this.events = events;
		this.settings = settings;
		this.rounds = rounds;
		this.questions = questions;
		this.versions = versions;
		Duration ttl = properties.getContextCacheTtl();
		this.caching = ttl.toNanos() > 0;
		this.cache = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(this.caching ? ttl : Duration.ofNanos(1))
			.build();
	}

	/**
	 * The context of the event, empty when there is no such event.
	 */
	public Optional<RegistrationContext> of(Long eventId) {
		if (!this.caching) {
			return this.events.event(eventId).map(this::load);
		}
		long version = this.versions.current(eventId);
		Cached cached = this.cache.getIfPresent(eventId);
		if (current(cached, version)) {
			return Optional.of(cached.context());
		}
		if (version == ContextVersions.UNKNOWN) {
			return this.events.event(eventId).map(this::load);
		}
		// One request reads the context again; the others arriving meanwhile wait for it and share it.
		Cached loaded = this.cache.asMap()
			.compute(eventId, (id, present) -> current(present, version) ? present
					: this.events.event(id).map(e -> new Cached(load(e), version)).orElse(null));
		return Optional.ofNullable(loaded).map(Cached::context);
	}

	private static boolean current(Cached cached, long version) {
		return cached != null && version != ContextVersions.UNKNOWN && cached.version() == version;
	}

	/**
	 * The context of the event with this slug, empty when there is no such event.
	 */
	public Optional<RegistrationContext> ofSlug(String slug) {
		Long id = this.slugs.getIfPresent(slug);
		Optional<RegistrationContext> context = (id != null) ? of(id) : Optional.empty();
		if (context.isPresent() && slug.equals(context.get().event().getSlug())) {
			return context;
		}
		this.slugs.invalidate(slug);
		Optional<Event> event = this.events.eventWithSlug(slug);
		event.ifPresent(e -> this.slugs.put(slug, e.getId()));
		return event.flatMap(e -> of(e.getId()));
	}

	/**
	 * The context of this event as it is now in the database (and cached as such).
	 */
	public RegistrationContext of(Event event) {
		long version = this.caching ? this.versions.current(event.getId()) : ContextVersions.UNKNOWN;
		RegistrationContext context = load(event);
		if (version != ContextVersions.UNKNOWN) {
			this.cache.put(event.getId(), new Cached(context, version));
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
		changed(eventOf(saved.getEntity()), true);
	}

	@EventListener
	void deleted(AfterDeleteEvent<?> deleted) {
		Object entity = deleted.getEntity();
		if (entity == null) {
			// Deleted by id: which event it belonged to is unknown here. The callers delete entities.
			this.cache.invalidateAll();
		}
		else {
			// A deleted event takes its version row with it: nothing to raise then.
			changed(eventOf(entity), !(entity instanceof Event));
		}
	}

	private static Long eventOf(Object entity) {
		if (entity instanceof Event event) {
			return event.getId();
		}
		if (entity instanceof ProgrammePart part) {
			return part.eventId();
		}
		if (entity instanceof Session session) {
			return session.eventId();
		}
		if (entity instanceof RegistrationSettings s) {
			return s.eventId();
		}
		if (entity instanceof RegistrationQuestion question) {
			return question.eventId();
		}
		return null;
	}

	private void changed(Long eventId, boolean raiseVersion) {
		if (eventId == null) {
			return;
		}
		if (raiseVersion) {
			this.versions.raise(eventId);
		}
		forget(eventId);
	}

	/**
	 * Forgets this instance's copy of the event's context now and, when this happens in a transaction, once
	 * more when it ends: a request may have read the old state again in between. (Other instances learn of
	 * a change through the event's version, raised with every saved change.)
	 */
	public void forget(Long eventId) {
		if (eventId == null) {
			return;
		}
		this.cache.invalidate(eventId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					RegistrationContexts.this.cache.invalidate(eventId);
				}
			});
		}
	}

	private record Cached(RegistrationContext context, long version) {
	}

}
