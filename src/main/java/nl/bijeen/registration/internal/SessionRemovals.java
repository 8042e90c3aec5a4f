package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import nl.bijeen.programme.SessionRemoval;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.RegistrationSessionRemoved;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * When a session is removed from the programme, moves the people who chose it, inside the transaction of
 * the removal (their choices would go with the session): to another session of the round, by the
 * {@link SeatRules#relocate seat rules} (a second choice first, capacity respected, the rest onto the
 * target's waiting list in their present order), or their choice for the round is released and they stay
 * registered. Everyone affected is told ({@link RegistrationSessionRemoved}, a mail through the outbox in
 * the same transaction).
 */
@Component
class SessionRemovals {

	private final Registrations registrations;

	private final RegistrationChoices choices;

	private final SeatCounters counters;

	private final Rounds rounds;

	private final ApplicationEventPublisher publisher;

	SessionRemovals(Registrations registrations, RegistrationChoices choices, SeatCounters counters,
			Rounds rounds, ApplicationEventPublisher publisher) {
		this.registrations = registrations;
		this.choices = choices;
		this.counters = counters;
		this.rounds = rounds;
		this.publisher = publisher;
	}

	@EventListener
	void on(SessionRemoval removal) {
		List<RegistrationChoice> affected = this.choices.holdersOf(removal.sessionId());
		if (affected.isEmpty()) {
			return;
		}
		Long target = removal.moveToSessionId();
		if (target != null) {
			ensureCounter(removal.eventId(), target);
		}
		LocalDateTime now = Seating.now().truncatedTo(ChronoUnit.MILLIS);
		int waiting = 0;
		for (RegistrationChoice choice : affected) {
			Registration registration = lock(choice.registrationId());
			if (target == null) {
				this.choices.deleteById(choice.id());
			}
			else {
				// Those who end up waiting join the end of the target's waiting list, in their present order.
				waiting += move(choice, registration, removal.sessionId(), target, now.plus(waiting, ChronoUnit.MILLIS))
						? 1 : 0;
			}
			this.publisher.publishEvent(new RegistrationSessionRemoved(registration.id(), removal.eventId(),
					removal.roundId(), removal.roundTitle(), removal.sessionTitle()));
		}
	}

	/**
	 * @return whether the choice now waits
	 */
	private boolean move(RegistrationChoice choice, Registration registration, long removed, Long target,
			LocalDateTime at) {
		Long second = choice.secondSessionId();
		if (second != null && (second == removed || second.equals(target))) {
			second = null;
		}
		if (second != null) {
			ensureCounter(registration.eventId(), second);
		}
		Long eventId = registration.eventId();
		SeatRules.Seat seat = SeatRules.relocate(counter -> this.counters.claim(eventId, counter),
				registration.status().holdsSeat(), second, target);
		// A waiting choice keeps the second choice to try when a place comes free at the event.
		Long secondAfter = seat.status() == ChoiceStatus.WAITLISTED ? second : seat.sessionId();
		if (this.choices.relocate(choice.id(), removed, seat.sessionId(), seat.preference(), secondAfter,
				seat.status().name(), at) == 0) {
			throw new OptimisticLockingFailureException("Choice " + choice.id() + " changed meanwhile");
		}
		return seat.status() == ChoiceStatus.WAITLISTED;
	}

	/**
	 * Row-locks the registration, so that a concurrent cancellation or promotion waits for the move.
	 */
	private Registration lock(Long registrationId) {
		Registration registration = this.registrations.findById(registrationId).orElseThrow();
		if (this.registrations.lock(registrationId, registration.status().name(), Seating.now()) == 0) {
			throw new OptimisticLockingFailureException("Registration " + registrationId + " changed meanwhile");
		}
		return registration;
	}

	private void ensureCounter(Long eventId, Long sessionId) {
		Session session = this.rounds.of(eventId)
			.stream()
			.flatMap(r -> r.session(sessionId).stream())
			.findFirst()
			.orElseThrow();
		this.counters.create(eventId, SeatCounters.name(sessionId), sessionId, session.capacity());
	}

}
