package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.util.Optional;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.registration.RegistrationChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes a participant's session in one round: the place in the new session is claimed first (a
 * conditional update), only then the old place is given back and offered to the first person waiting.
 * A session is never above its capacity, not even for a moment.
 */
@Service
public class ChoiceChanges {

	private final Registrations registrations;

	private final RegistrationChoices choices;

	private final EventCatalog events;

	private final Rounds rounds;

	private final Capacities capacities;

	private final SeatCounters counters;

	private final Seating seating;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	ChoiceChanges(Registrations registrations, RegistrationChoices choices, EventCatalog events, Rounds rounds,
			Capacities capacities, SeatCounters counters, Seating seating, ApplicationEventPublisher publisher,
			TransactionTemplate transactions) {
		this.registrations = registrations;
		this.choices = choices;
		this.events = events;
		this.rounds = rounds;
		this.capacities = capacities;
		this.counters = counters;
		this.seating = seating;
		this.publisher = publisher;
		this.transactions = transactions;
	}

	/**
	 * Moves the registration to another session of a round.
	 * @param token the personal link used, for the link in the mail ({@code null} when not known)
	 * @throws RegistrationRejected when the session is unknown or full (nothing changes then)
	 * @throws ConflictException when the registration can no longer be changed
	 */
	public void change(Long registrationId, Long partId, Long sessionId, String token) {
		Registration registration = this.registrations.findById(registrationId)
			.orElseThrow(() -> new NotFoundException("No registration " + registrationId));
		Event event = this.events.event(registration.eventId()).orElseThrow();
		if (!registration.status().isActive() || !EventWindow.changeable(event, Seating.now())) {
			throw new ConflictException("registration.error.notChangeable", "Registration can no longer change");
		}
		var eventRounds = this.rounds.of(event.getId());
		Round round = eventRounds.stream().filter(r -> r.id().equals(partId)).findFirst().orElse(null);
		if (round == null || round.session(sessionId).isEmpty()) {
			throw new RegistrationRejected(new Problem("choices[" + partId + "]", "registration.error.session.unknown"));
		}
		this.capacities.ensureCounters(event, eventRounds);
		Retry.run(() -> this.transactions.execute(status -> {
			if (token != null) {
				IssuedLinks.remember(registrationId, token);
			}
			return changeNow(registrationId, round, sessionId);
		}));
	}

	private boolean changeNow(Long registrationId, Round round, Long sessionId) {
		Registration registration = this.registrations.findById(registrationId).orElseThrow();
		LocalDateTime now = Seating.now();
		if (!registration.status().isActive()) {
			throw new ConflictException("registration.error.notChangeable", "Registration ended");
		}
		if (this.registrations.lock(registrationId, registration.status().name(), now) == 0) {
			throw new OptimisticLockingFailureException("Registration " + registrationId + " changed meanwhile");
		}
		Optional<RegistrationChoice> current = this.choices.findByRegistrationIdOrderByPartIdAsc(registrationId)
			.stream()
			.filter(c -> c.partId().equals(round.id()))
			.findFirst();
		boolean holds = registration.status().holdsSeat();
		if (current.isPresent() && current.get().sessionId().equals(sessionId) && (current.get().confirmed() || !holds)) {
			return false;
		}
		Long eventId = registration.eventId();
		if (holds && !this.counters.claim(eventId, SeatCounters.name(sessionId))) {
			throw new RegistrationRejected(new Problem("choices[" + round.id() + "]", "registration.error.sessionFull"));
		}
		ChoiceStatus status = holds ? ChoiceStatus.CONFIRMED : ChoiceStatus.WAITLISTED;
		if (current.isEmpty()) {
			this.choices.save(RegistrationChoice.of(registrationId, round.id(), sessionId, 1, null, status, now));
		}
		else {
			RegistrationChoice old = current.get();
			if (this.choices.move(old.id(), old.sessionId(), old.status().name(), sessionId, 1, status.name(), now) == 0) {
				throw new OptimisticLockingFailureException("Choice " + old.id() + " changed meanwhile");
			}
			if (old.confirmed()) {
				this.counters.release(eventId, SeatCounters.name(old.sessionId()));
				this.seating.fillSession(eventId, old.sessionId());
			}
		}
		this.publisher.publishEvent(new RegistrationChanged(registrationId, eventId));
		return true;
	}

}
