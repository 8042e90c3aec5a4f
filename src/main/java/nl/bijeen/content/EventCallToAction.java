package nl.bijeen.content;

import java.time.LocalDateTime;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventStatus;
import nl.bijeen.registration.PlacesSummaries;
import nl.bijeen.registration.PlacesSummary;

/**
 * What an article says about an event it links to, live: register, join the waiting list, full, or over.
 *
 * @param placesLeft places left when few are left, else {@code null}
 */
record EventCallToAction(Event event, State state, Integer placesLeft) {

	enum State {

		/** Registration is open with places left: "Inschrijven". */
		REGISTER,

		/** Full, with a waiting list: "Wachtlijst". */
		WAITING_LIST,

		/** Full, no waiting list: "Vol". */
		FULL,

		/** Registration has not opened yet. */
		NOT_YET_OPEN,

		/** Registration closed before the event. */
		CLOSED,

		/** Cancelled or postponed. */
		NOT_HAPPENING,

		/** The event is over: "Afgelopen". */
		ENDED

	}

	static EventCallToAction of(Event event, LocalDateTime now, PlacesSummaries places) {
		if (event.isPast(now)) {
			return new EventCallToAction(event, State.ENDED, null);
		}
		if (event.getStatus() != EventStatus.PUBLISHED) {
			return new EventCallToAction(event, State.NOT_HAPPENING, null);
		}
		if (event.getRegistrationOpensAt() != null && now.isBefore(event.getRegistrationOpensAt())) {
			return new EventCallToAction(event, State.NOT_YET_OPEN, null);
		}
		if (event.getRegistrationClosesAt() != null && now.isAfter(event.getRegistrationClosesAt())) {
			return new EventCallToAction(event, State.CLOSED, null);
		}
		PlacesSummary summary = places.of(event);
		return switch (summary.kind()) {
			case FULL -> new EventCallToAction(event, State.FULL, null);
			case WAITING_LIST -> new EventCallToAction(event, State.WAITING_LIST, null);
			case FEW_LEFT -> new EventCallToAction(event, State.REGISTER, summary.left());
			case AVAILABLE -> new EventCallToAction(event, State.REGISTER, null);
		};
	}

	public String registrationPath() {
		return "/evenementen/" + this.event.getSlug() + "/aanmelden";
	}

}
