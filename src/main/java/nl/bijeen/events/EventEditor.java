package nl.bijeen.events;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything organisers do to events, for the admin pages and the API alike. Every change raises the
 * calendar SEQUENCE ({@link Event#touch()}); a stale version is refused with a {@link ConflictException}.
 */
@Service
@Transactional
public class EventEditor {

	/**
	 * The longest personal message to participants on cancelling or postponing.
	 */
	public static final int MAX_MESSAGE = 2000;

	private final Events events;

	private final EventRules rules;

	private final EventSlugs slugs;

	private final EventSlugHistory slugHistory;

	private final ApplicationEventPublisher publisher;

	private final Venues venues;

	EventEditor(Events events, EventRules rules, EventSlugs slugs, EventSlugHistory slugHistory,
			ApplicationEventPublisher publisher, Venues venues) {
		this.events = events;
		this.rules = rules;
		this.slugs = slugs;
		this.slugHistory = slugHistory;
		this.publisher = publisher;
		this.venues = venues;
	}

	@Transactional(readOnly = true)
	public Event get(long id) {
		return this.events.findById(id).orElseThrow(() -> new NotFoundException("No event " + id));
	}

	/**
	 * Checks details without storing anything, e.g. to show every problem on a form at once.
	 * @param eventId the event being changed, {@code null} for a new one
	 * @throws InvalidEventException listing every rule broken
	 */
	@Transactional(readOnly = true)
	public void check(EventDetails details, Long eventId) {
		Event current = (eventId != null) ? get(eventId) : null;
		this.rules.check(details, current != null && current.isPublic(), current != null ? current.getVenueId() : null);
	}

	/**
	 * Creates a draft.
	 */
	public Event create(EventDetails details) {
		this.rules.check(details, false, null);
		String slug = this.slugs.choose(details.slug(), details.title(), null);
		Event event = Event.draft(slug, details.title(), details.startsAt(), details.endsAt());
		details.applyTo(event);
		return this.events.save(event);
	}

	/**
	 * Changes an event; a blank slug keeps the current one, a new slug keeps the old one as a redirect. A
	 * change of times, venue or way of attending publishes {@link EventMoved}.
	 * @param expectedVersion the version the organiser saw, or {@code null} to skip that check
	 */
	public Event update(long id, Integer expectedVersion, EventDetails details) {
		Event event = get(id);
		checkVersion(event, expectedVersion);
		this.rules.check(details, event.isPublic(), event.getVenueId());
		String requested = (details.slug() == null || details.slug().isBlank()) ? event.getSlug() : details.slug();
		String slug = this.slugs.choose(requested, details.title(), id);
		if (!slug.equals(event.getSlug())) {
			this.slugHistory.release(slug);
			this.slugHistory.remember(event.getSlug(), id);
			event.setSlug(slug);
		}
		Where before = Where.of(event);
		details.applyTo(event);
		event.touch();
		Event saved = this.events.save(event);
		publishMoved(before, saved, false, null);
		return saved;
	}

	public Event publish(long id) {
		Event event = get(id);
		if (event.getAttendanceMode().hasVenue() && event.getVenueId() == null) {
			throw InvalidEventException.of("venueId", "event.venue.requiredForPublish");
		}
		event.publish();
		return this.events.save(event);
	}

	public Event unpublish(long id) {
		Event event = get(id);
		event.unpublish();
		return this.events.save(event);
	}

	public Event cancel(long id) {
		return cancel(id, null);
	}

	/**
	 * Cancels the event and publishes {@link EventCancelled} (once: cancelling again changes nothing).
	 * @param message a personal message for the participants, or {@code null}
	 */
	public Event cancel(long id, String message) {
		String personal = checkedMessage(message);
		Event event = get(id);
		if (event.getStatus() == EventStatus.CANCELLED) {
			return event;
		}
		event.cancel();
		Event saved = this.events.save(event);
		this.publisher.publishEvent(new EventCancelled(id, personal));
		return saved;
	}

	public Event postpone(long id, Postponement postponement) {
		return postpone(id, postponement, null);
	}

	/**
	 * Postpones the event to new times or to a date not yet known, and publishes {@link EventMoved}.
	 * @param message a personal message for the participants, or {@code null}
	 */
	public Event postpone(long id, Postponement postponement, String message) {
		String personal = checkedMessage(message);
		Event event = get(id);
		if (event.getStatus() == EventStatus.DRAFT) {
			throw new ConflictException("event.postpone.draft", "A draft cannot be postponed; change its date instead.");
		}
		Where before = Where.of(event);
		if (!postponement.isDateKnown()) {
			event.postpone(null, null);
		}
		else {
			LocalDateTime newEnd = Objects.requireNonNullElse(postponement.newEnd(),
					postponement.newStart().plus(Duration.between(event.getStartsAt(), event.getEndsAt())));
			if (!newEnd.isAfter(postponement.newStart())) {
				throw InvalidEventException.of("endsAt", "event.endsAt.beforeStart");
			}
			event.postpone(postponement.newStart(), newEnd);
		}
		Event saved = this.events.save(event);
		publishMoved(before, saved, true, personal);
		return saved;
	}

	/**
	 * Copies an event to a new draft on another day, at the same time of day; other modules copy the
	 * programme on {@link EventDuplicated}.
	 */
	public Event duplicate(long id, LocalDate newStartDate) {
		Event source = get(id);
		LocalDateTime newStart = newStartDate.atTime(source.getStartsAt().toLocalTime());
		Duration shift = Duration.between(source.getStartsAt(), newStart);
		String slug = this.slugs.choose(null, source.getTitle() + " " + newStartDate, null);
		Event copy = source.duplicate(slug, newStart);
		copy.setRegistrationOpensAt(shifted(source.getRegistrationOpensAt(), shift));
		copy.setRegistrationClosesAt(shifted(source.getRegistrationClosesAt(), shift));
		copy = this.events.save(copy);
		this.publisher.publishEvent(new EventDuplicated(source.getId(), copy.getId(), shift));
		return copy;
	}

	/**
	 * Deletes a draft with everything that belongs to it; published events are cancelled, never deleted.
	 */
	@Transactional(propagation = Propagation.NESTED)
	public void deleteDraft(long id) {
		Event event = get(id);
		if (event.getStatus() != EventStatus.DRAFT) {
			throw new ConflictException("event.delete.notDraft", "Only drafts can be deleted; cancel this event instead.");
		}
		try {
			this.events.delete(event);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("event.delete.inUse", "The event still has data that refers to it.");
		}
	}

	private void publishMoved(Where before, Event after, boolean postponed, String message) {
		boolean dateKnown = after.getStatus() != EventStatus.POSTPONED;
		EventMoved moved = new EventMoved(after.getId(), before.startsAt(), before.endsAt(),
				dateKnown ? after.getStartsAt() : null, dateKnown ? after.getEndsAt() : null,
				venueLine(before.mode(), before.venueId()), venueLine(after.getAttendanceMode(), after.getVenueId()),
				before.mode(), after.getAttendanceMode(), postponed, message);
		if (moved.anyChange()) {
			this.publisher.publishEvent(moved);
		}
	}

	private String venueLine(AttendanceMode mode, Long venueId) {
		if (venueId == null || !mode.hasVenue()) {
			return null;
		}
		return this.venues.findById(venueId).map(Venue::oneLine).orElse(null);
	}

	/**
	 * The personal message to participants, stripped; {@code null} when blank.
	 * @throws InvalidEventException when longer than {@link #MAX_MESSAGE} characters
	 */
	private static String checkedMessage(String text) {
		String message = (text == null || text.isBlank()) ? null : text.strip();
		if (message != null && message.length() > MAX_MESSAGE) {
			throw InvalidEventException.of("message", "event.message.tooLong");
		}
		return message;
	}

	/**
	 * When and where an event was before a change.
	 */
	private record Where(LocalDateTime startsAt, LocalDateTime endsAt, Long venueId, AttendanceMode mode) {

		static Where of(Event event) {
			boolean dateKnown = event.getStatus() != EventStatus.POSTPONED;
			return new Where(dateKnown ? event.getStartsAt() : null, dateKnown ? event.getEndsAt() : null,
					event.getVenueId(), event.getAttendanceMode());
		}

	}

	private static void checkVersion(Event event, Integer expectedVersion) {
		if (expectedVersion != null && !expectedVersion.equals(event.getVersion())) {
			throw new ConflictException("event.stale", "The event was changed by someone else in the meantime.");
		}
	}

	private static LocalDateTime shifted(LocalDateTime time, Duration shift) {
		return (time != null) ? time.plus(shift) : null;
	}

}
