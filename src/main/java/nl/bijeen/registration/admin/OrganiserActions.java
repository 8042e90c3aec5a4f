package nl.bijeen.registration.admin;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.registration.RegistrationCancelled;
import nl.bijeen.registration.internal.Approvals;
import nl.bijeen.registration.internal.Cancellations;
import nl.bijeen.registration.internal.ChoiceChanges;
import nl.bijeen.registration.internal.Registration;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.internal.Registrations;

import org.springframework.stereotype.Service;

/**
 * What organisers do with registrations. Each action goes through the same core services as the
 * participant's own actions, so places are freed and filled from the waiting list, and mails are sent, in
 * the same way. A registration is only found through its own event.
 */
@Service
class OrganiserActions {

	private final EventCatalog events;

	private final Registrations registrations;

	private final Cancellations cancellations;

	private final ChoiceChanges changes;

	private final Approvals approvals;

	private final ManualPromotions promotions;

	OrganiserActions(EventCatalog events, Registrations registrations, Cancellations cancellations, ChoiceChanges changes,
			Approvals approvals, ManualPromotions promotions) {
		this.events = events;
		this.registrations = registrations;
		this.cancellations = cancellations;
		this.changes = changes;
		this.approvals = approvals;
		this.promotions = promotions;
	}

	/**
	 * The registration, if it belongs to the event.
	 * @throws NotFoundException otherwise
	 */
	Registration registration(Long eventId, Long registrationId) {
		return this.registrations.findById(registrationId)
			.filter(r -> r.eventId().equals(eventId))
			.orElseThrow(() -> new NotFoundException("No registration " + registrationId + " for event " + eventId));
	}

	/**
	 * Cancels the registration on the organiser's behalf; its places go to the first people waiting. The
	 * participant is told that the organisers cancelled it.
	 * @throws ConflictException when it had already ended
	 */
	void cancel(Long eventId, Long registrationId) {
		registration(eventId, registrationId);
		if (!this.cancellations.end(registrationId, null, RegistrationStatus.CANCELLED,
				RegistrationCancelled.Reason.BY_ORGANISER)) {
			throw new ConflictException("registration.admin.cancel.notActive", "Registration already ended");
		}
	}

	/**
	 * Moves the participant to another session of the same round; the new place is won first.
	 * @throws nl.bijeen.registration.internal.RegistrationRejected when the session is full or not in the round
	 */
	void move(Long eventId, Long registrationId, Long partId, Long sessionId) {
		registration(eventId, registrationId);
		this.changes.change(registrationId, partId, sessionId, null);
	}

	void approve(Long eventId, Long registrationId) {
		registration(eventId, registrationId);
		try {
			this.approvals.approve(registrationId);
		}
		catch (ConflictException ex) {
			throw new ConflictException("registration.admin.approve.notPending", ex.getMessage());
		}
	}

	void reject(Long eventId, Long registrationId) {
		registration(eventId, registrationId);
		try {
			this.approvals.reject(registrationId);
		}
		catch (ConflictException ex) {
			throw new ConflictException("registration.admin.approve.notPending", ex.getMessage());
		}
	}

	/**
	 * Gives a free place to someone waiting: at the event ({@code sessionId} null) or in a session.
	 */
	void promote(Long eventId, Long registrationId, Long sessionId) {
		Registration registration = registration(eventId, registrationId);
		Event event = this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
		if (sessionId == null) {
			this.promotions.toEvent(event, registration);
		}
		else {
			this.promotions.toSession(event, registration, sessionId);
		}
	}

}
