package nl.bijeen.registration.admin;

import java.time.LocalDateTime;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.registration.RegistrationPromoted;
import nl.bijeen.registration.internal.Capacities;
import nl.bijeen.registration.internal.IssuedLinks;
import nl.bijeen.registration.internal.PersonalLinks;
import nl.bijeen.registration.internal.Registration;
import nl.bijeen.registration.internal.RegistrationChoice;
import nl.bijeen.registration.internal.RegistrationChoices;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.internal.Registrations;
import nl.bijeen.registration.internal.Rounds;
import nl.bijeen.registration.internal.SeatCounters;
import nl.bijeen.registration.internal.Seating;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An organiser gives a free place to someone on a waiting list (e.g. after raising the capacity). Like the
 * automatic promotion, the place is won first by a conditional update of the counter, then the person is
 * moved up by a conditional update of the status, in one transaction: a full event or session changes
 * nothing, and nobody moves up twice. The organiser's choice counts as approval: the person is confirmed.
 * When the counters are brought in line with a raised capacity first, the core already gives the new places
 * to the people waiting in order; a person who got one that way counts as promoted.
 */
@Service
class ManualPromotions {

	static final String FULL = "registration.admin.promote.full";

	static final String NOT_WAITING = "registration.admin.promote.notWaiting";

	private final Registrations registrations;

	private final RegistrationChoices choices;

	private final SeatCounters counters;

	private final Capacities capacities;

	private final Seating seating;

	private final Rounds rounds;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	ManualPromotions(Registrations registrations, RegistrationChoices choices, SeatCounters counters,
			Capacities capacities, Seating seating, Rounds rounds, ApplicationEventPublisher publisher,
			TransactionTemplate transactions) {
		this.registrations = registrations;
		this.choices = choices;
		this.counters = counters;
		this.capacities = capacities;
		this.seating = seating;
		this.rounds = rounds;
		this.publisher = publisher;
		this.transactions = transactions;
	}

	/**
	 * Gives a place at the event to a registration on the event's waiting list, and places in its sessions
	 * where they are free.
	 * @throws ConflictException when the event is full or the registration no longer waits
	 */
	void toEvent(Event event, Registration registration) {
		this.capacities.ensureCounters(event, this.rounds.of(event.getId()));
		if (this.registrations.findById(registration.id()).map(r -> r.status().holdsSeat()).orElse(false)) {
			// A raised capacity went to the people waiting, this person included.
			return;
		}
		this.transactions.executeWithoutResult(status -> {
			Long eventId = event.getId();
			if (!this.counters.claim(eventId, SeatCounters.name(registration.attendance()))) {
				throw new ConflictException(FULL, "No place left");
			}
			String token = PersonalLinks.newToken();
			if (this.registrations.promote(registration.id(), RegistrationStatus.CONFIRMED.name(), null,
					PersonalLinks.hash(token), now()) == 0) {
				throw new ConflictException(NOT_WAITING, "Registration no longer waits");
			}
			IssuedLinks.remember(registration.id(), token);
			this.seating.seatChoices(eventId, registration.id());
			this.publisher.publishEvent(new RegistrationPromoted(registration.id(), eventId, null, false));
		});
	}

	/**
	 * Gives a place in a session to a participant (with a place at the event) waiting for it.
	 * @throws ConflictException when the session is full or the participant no longer waits for it
	 */
	void toSession(Event event, Registration registration, Long sessionId) {
		this.capacities.ensureCounters(event, this.rounds.of(event.getId()));
		if (this.choices.findByRegistrationIdOrderByPartIdAsc(registration.id())
			.stream()
			.anyMatch(c -> c.sessionId().equals(sessionId) && c.confirmed())) {
			return;
		}
		this.transactions.executeWithoutResult(status -> {
			RegistrationChoice choice = this.choices.findByRegistrationIdOrderByPartIdAsc(registration.id())
				.stream()
				.filter(c -> c.sessionId().equals(sessionId) && !c.confirmed())
				.findFirst()
				.orElseThrow(() -> new ConflictException(NOT_WAITING, "Not waiting for this session"));
			Registration current = this.registrations.findById(registration.id()).orElseThrow();
			if (!current.status().holdsSeat()
					|| this.registrations.lock(current.id(), current.status().name(), now()) == 0) {
				throw new ConflictException(NOT_WAITING, "No place at the event");
			}
			if (!this.counters.claim(event.getId(), SeatCounters.name(sessionId))) {
				throw new ConflictException(FULL, "Session full");
			}
			if (this.choices.seat(choice.id(), sessionId) == 0) {
				throw new ConflictException(NOT_WAITING, "Choice changed meanwhile");
			}
			this.publisher.publishEvent(new RegistrationPromoted(current.id(), event.getId(), sessionId, false));
		});
	}

	private static LocalDateTime now() {
		return LocalDateTime.now(Zones.AMSTERDAM);
	}

}
