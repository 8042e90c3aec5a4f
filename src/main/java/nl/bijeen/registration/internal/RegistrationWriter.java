package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bijeen.registration.RegistrationConfirmed;
import nl.bijeen.registration.RegistrationLinkRequested;
import nl.bijeen.registration.RegistrationPendingApproval;
import nl.bijeen.registration.RegistrationWaitlisted;

import org.springframework.stereotype.Component;

/**
 * Stores one validated registration inside the caller's transaction: the place at the event and in each
 * chosen session is taken by conditional updates of the counters, then the registration row, its choices
 * and answers are written. The events to announce it are returned, not published, so that the caller
 * publishes them only for a registration that is kept.
 */
@Component
class RegistrationWriter {

	private final SeatCounters counters;

	private final Registrations registrations;

	private final RegistrationChoices choices;

	private final RegistrationAnswers answers;

	private final RegistrationRows rows;

	RegistrationWriter(SeatCounters counters, Registrations registrations, RegistrationChoices choices,
			RegistrationAnswers answers, RegistrationRows rows) {
		this.counters = counters;
		this.registrations = registrations;
		this.choices = choices;
		this.answers = answers;
		this.rows = rows;
	}

	/**
	 * Registers, or finds the registration this request repeats, or issues a new personal link to an
	 * address that is already registered.
	 * @throws RegistrationRejected when the event (or a session) is full without waiting list
	 */
	Written write(ValidRegistration valid) {
		Long eventId = valid.event().getId();
		LocalDateTime now = Seating.now();
		List<RegistrationRows.Known> known = this.rows.known(eventId, valid.applicant().email(),
				valid.idempotencyKey());
		Optional<RegistrationRows.Known> repeated = known.stream()
			.filter(k -> valid.idempotencyKey() != null && valid.idempotencyKey().equals(k.idempotencyKey()))
			.findFirst();
		if (repeated.isPresent()) {
			RegistrationRows.Known r = repeated.get();
			return new Written(new RegistrationResult(RegistrationResult.Kind.REPEAT, r.id(), r.status(), null),
					List.of());
		}
		Optional<Registration> existing = known.stream()
			.filter(k -> k.email().equals(valid.applicant().email()))
			.findFirst()
			.flatMap(k -> this.registrations.findById(k.id()));
		String token = PersonalLinks.newToken();
		if (existing.isPresent() && existing.get().status().isActive()) {
			Registration r = existing.get();
			this.registrations.newToken(r.id(), PersonalLinks.hash(token), now);
			IssuedLinks.remember(r.id(), token);
			return new Written(new RegistrationResult(RegistrationResult.Kind.EXISTING, r.id(), r.status(), token),
					List.of(new RegistrationLinkRequested(r.id(), eventId)));
		}
		RegistrationSettings settings = valid.settings();
		boolean place = this.counters.claim(eventId, SeatCounters.name(valid.applicant().attendance()));
		if (!place && !valid.waitingList()) {
			throw new RegistrationRejected(Problem.global("registration.error.full"));
		}
		RegistrationStatus status = valid.onSite() ? RegistrationStatus.CONFIRMED : SeatRules.onArrival(place, settings);
		Registration registration = existing
			.map(old -> this.registrations.save(old.reactivated(old.tokenHash(), valid.applicant(), status,
					valid.idempotencyKey(), now)))
			.orElseGet(() -> this.rows.insert(Registration.create(eventId, PersonalLinks.hash(token),
					valid.applicant(), status, valid.idempotencyKey(), now)));
		if (existing.isPresent()) {
			// The links issued before keep working; this one is added to them.
			this.registrations.newToken(registration.id(), PersonalLinks.hash(token), now);
			this.choices.deleteByRegistration(registration.id());
			this.answers.deleteByRegistration(registration.id());
		}
		for (Map.Entry<Round, SessionPick> pick : valid.picks().entrySet()) {
			this.rows.insert(choose(registration, pick.getKey(), pick.getValue(), place, valid.waitingList(), now));
		}
		valid.answers()
			.forEach((question, answer) -> this.rows
				.insert(new RegistrationAnswer(null, registration.id(), question, answer)));
		IssuedLinks.remember(registration.id(), token);
		return new Written(new RegistrationResult(RegistrationResult.Kind.NEW, registration.id(), status, token),
				List.of(announcement(registration)));
	}

	private RegistrationChoice choose(Registration registration, Round round, SessionPick pick, boolean place,
			boolean waitingList, LocalDateTime now) {
		Long eventId = registration.eventId();
		SeatRules.Seat seat = SeatRules.choose(counter -> this.counters.claim(eventId, counter), place, pick.first(),
				pick.second(), waitingList);
		if (seat == null) {
			throw new RegistrationRejected(new Problem("choices[" + round.id() + "]", "registration.error.sessionFull"));
		}
		return seat.choice(registration.id(), round.id(), pick.second(), now);
	}

	static Object announcement(Registration r) {
		return switch (r.status()) {
			case WAITLISTED -> new RegistrationWaitlisted(r.id(), r.eventId(), r.email(), r.name(), r.locale(),
					r.newsletterOptIn());
			case PENDING_APPROVAL -> new RegistrationPendingApproval(r.id(), r.eventId(), r.email(), r.name(),
					r.locale(), r.newsletterOptIn());
			default -> new RegistrationConfirmed(r.id(), r.eventId(), r.email(), r.name(), r.locale(),
					r.newsletterOptIn());
		};
	}

	/**
	 * What became of the request, and the events that announce it.
	 */
	record Written(RegistrationResult result, List<Object> events) {
	}

}
