package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.util.Optional;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventStatus;

/**
 * Whether an event takes registrations (and changes) now. Drafts do not exist for the public.
 */
public final class EventWindow {

	private EventWindow() {
	}

	/**
	 * The reason why registering is not possible now, as a message key, if any.
	 */
	public static Optional<Problem> closedReason(Event event, LocalDateTime now) {
		if (event.getStatus() == EventStatus.DRAFT) {
			throw new NotFoundException("Event " + event.getId() + " is not public");
		}
		if (event.getStatus() == EventStatus.CANCELLED) {
			return Optional.of(Problem.global("registration.closed.cancelled"));
		}
		if (event.getStatus() == EventStatus.POSTPONED) {
			return Optional.of(Problem.global("registration.closed.postponed"));
		}
		if (!event.getStartsAt().isAfter(now)) {
			return Optional.of(Problem.global("registration.closed.past"));
		}
		if (event.getRegistrationOpensAt() != null && now.isBefore(event.getRegistrationOpensAt())) {
			return Optional.of(Problem.global("registration.closed.notYetOpen", date(event.getRegistrationOpensAt())));
		}
		if (event.getRegistrationClosesAt() != null && !now.isBefore(event.getRegistrationClosesAt())) {
			return Optional.of(Problem.global("registration.closed.closed", date(event.getRegistrationClosesAt())));
		}
		return Optional.empty();
	}

	private static java.util.Date date(LocalDateTime at) {
		return java.util.Date.from(at.atZone(nl.bijeen.common.Zones.AMSTERDAM).toInstant());
	}

	/**
	 * Whether a participant may still change or cancel: until the event starts, unless it was cancelled.
	 */
	public static boolean changeable(Event event, LocalDateTime now) {
		return event.getStatus() != EventStatus.CANCELLED && event.getStartsAt().isAfter(now);
	}

}
