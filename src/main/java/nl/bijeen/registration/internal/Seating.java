package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import nl.bijeen.common.Zones;
import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.RegistrationPromoted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Gives places to session choices, gives them back and fills freed places from the waiting lists, always
 * inside the caller's transaction. Places are won by conditional updates of the counters; people are
 * promoted by conditional updates of their status, so a place is never lost and nobody moves up twice.
 */
@Component
public class Seating {

	private final SeatCounters counters;

	private final Registrations registrations;

	private final RegistrationChoices choices;

	private final RegistrationSettingsRepository settings;

	private final ApplicationEventPublisher publisher;

	Seating(SeatCounters counters, Registrations registrations, RegistrationChoices choices,
			RegistrationSettingsRepository settings, ApplicationEventPublisher publisher) {
		this.counters = counters;
		this.registrations = registrations;
		this.choices = choices;
		this.settings = settings;
		this.publisher = publisher;
	}

	/**
	 * Gives the waiting choices of a registration that just got a place at the event a place in their
	 * first, else their second session where one is free ({@link SeatRules#seatWaiting}).
	 */
	public void seatChoices(Long eventId, Long registrationId) {
		LocalDateTime now = now();
		SeatRules.Places places = counter -> this.counters.claim(eventId, counter);
		for (RegistrationChoice choice : this.choices.findByRegistrationIdOrderByPartIdAsc(registrationId)) {
			if (choice.confirmed()) {
				continue;
			}
			SeatRules.Seat seat = SeatRules.seatWaiting(places, choice);
			if (seat == null) {
				continue;
			}
			if (seat.sessionId().equals(choice.sessionId())) {
				this.choices.seat(choice.id(), choice.sessionId());
			}
			else {
				this.choices.move(choice.id(), choice.sessionId(), ChoiceStatus.WAITLISTED.name(), seat.sessionId(),
						seat.preference(), ChoiceStatus.CONFIRMED.name(), now);
			}
		}
	}

	/**
	 * Gives back the places an ended registration held (the caller has already changed its status) and
	 * removes its choices.
	 * @return the sessions in which a place came free
	 */
	List<Long> releaseAll(Registration registration, boolean heldEventPlace) {
		if (heldEventPlace) {
			this.counters.release(registration.eventId(), SeatCounters.name(registration.attendance()));
		}
		List<Long> freed = new ArrayList<>();
		for (RegistrationChoice choice : this.choices.findByRegistrationIdOrderByPartIdAsc(registration.id())) {
			if (choice.confirmed()) {
				this.counters.release(registration.eventId(), SeatCounters.name(choice.sessionId()));
				freed.add(choice.sessionId());
			}
		}
		this.choices.deleteByRegistration(registration.id());
		return freed;
	}

	/**
	 * Fills the free places of a session from its waiting list (people who already have a place at the
	 * event), in order, until the places are taken or nobody waits, however many that are.
	 */
	public void fillSession(Long eventId, Long sessionId) {
		String counter = SeatCounters.name(sessionId);
		while (true) {
			List<Long> waiting = this.choices.firstWaitingFor(sessionId);
			boolean promoted = false;
			for (Long choiceId : waiting) {
				if (!this.counters.claim(eventId, counter)) {
					return;
				}
				if (seat(choiceId, sessionId, eventId)) {
					promoted = true;
				}
				else {
					this.counters.release(eventId, counter);
				}
			}
			if (!promoted) {
				// Nobody waits (or those first in line changed meanwhile and are no longer waiting).
				return;
			}
		}
	}

	private boolean seat(Long choiceId, Long sessionId, Long eventId) {
		RegistrationChoice choice = this.choices.findById(choiceId).orElse(null);
		Registration registration = choice == null ? null
				: this.registrations.findById(choice.registrationId()).orElse(null);
		if (registration == null || !registration.status().holdsSeat()) {
			return false;
		}
		// Lock the registration first, so that a concurrent cancellation sees this choice's place.
		if (this.registrations.lock(registration.id(), registration.status().name(), now()) == 1
				&& this.choices.seat(choiceId, sessionId) == 1) {
			this.publisher.publishEvent(new RegistrationPromoted(registration.id(), eventId, sessionId, false));
			return true;
		}
		return false;
	}

	/**
	 * Fills the free places at the event (for one way of attending) from its waiting list, in order, until
	 * the places are taken or nobody waits, however many that are: directly, or as an offer to accept in
	 * time when the event works with offers.
	 */
	public void fillEvent(Long eventId, Attendance attendance) {
		String counter = SeatCounters.name(attendance);
		RegistrationSettings settings = this.settings.of(eventId);
		while (true) {
			List<Long> waiting = this.registrations.firstWaiting(eventId, attendance.name());
			boolean promoted = false;
			for (Long id : waiting) {
				if (!this.counters.claim(eventId, counter)) {
					return;
				}
				if (promote(id, eventId, settings)) {
					promoted = true;
				}
				else {
					this.counters.release(eventId, counter);
				}
			}
			if (!promoted) {
				return;
			}
		}
	}

	private boolean promote(Long id, Long eventId, RegistrationSettings settings) {
		LocalDateTime now = now();
		RegistrationStatus to = SeatRules.onPromotion(settings);
		LocalDateTime expires = settings.offersPlaces() ? now.plusHours(settings.offerHours()) : null;
		String token = PersonalLinks.newToken();
		if (this.registrations.promote(id, to.name(), expires, PersonalLinks.hash(token), now) != 1) {
			return false;
		}
		IssuedLinks.remember(id, token);
		seatChoices(eventId, id);
		this.publisher.publishEvent(new RegistrationPromoted(id, eventId, null, settings.offersPlaces()));
		return true;
	}

	static LocalDateTime now() {
		return LocalDateTime.now(Zones.AMSTERDAM);
	}

}
