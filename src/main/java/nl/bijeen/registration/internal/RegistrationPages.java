package nl.bijeen.registration.internal;

import java.util.List;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventStatus;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.Availability;

import org.springframework.stereotype.Service;

/**
 * Gathers what the registration form of an event shows.
 */
@Service
public class RegistrationPages {

	private final EventCatalog events;

	private final RegistrationContexts contexts;

	private final Availability availability;

	RegistrationPages(EventCatalog events, RegistrationContexts contexts, Availability availability) {
		this.events = events;
		this.contexts = contexts;
		this.availability = availability;
	}

	/**
	 * The public event with this slug; drafts do not exist for the public.
	 */
	public Event publicEvent(String slug) {
		return this.contexts.ofSlug(slug)
			.map(RegistrationContext::event)
			.filter(e -> e.getStatus() != EventStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("No public event " + slug));
	}

	/**
	 * The current slug of an event that used to have this one, for a redirect.
	 */
	public java.util.Optional<String> renamed(String formerSlug) {
		return this.events.eventWithFormerSlug(formerSlug).filter(Event::isPublic).map(Event::getSlug);
	}

	public RegistrationPage of(Event event) {
		RegistrationContext context = this.contexts.of(event.getId()).orElseGet(() -> this.contexts.of(event));
		// The event and its rounds come from the context (kept briefly, cleared on every change saved here);
		// the places taken are read fresh.
		List<Session> sessions = context.rounds()
			.stream()
			.flatMap(round -> round.sessions().stream())
			.toList();
		return new RegistrationPage(event, EventWindow.closedReason(event, Seating.now()), context.settings(),
				context.rounds(), context.questions(), this.availability.of(context.event(), sessions));
	}

}
