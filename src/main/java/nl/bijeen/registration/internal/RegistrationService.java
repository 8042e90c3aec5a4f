package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import nl.bijeen.registration.RegistrationConfirmed;
import nl.bijeen.registration.RegistrationLinkRequested;
import nl.bijeen.registration.RegistrationPendingApproval;
import nl.bijeen.registration.RegistrationWaitlisted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers people. The place at the event and in each chosen session is taken by conditional updates in
 * the same transaction as the registration row, its choices and answers and the mails in the outbox: all
 * of it is stored, or none of it.
 */
@Service
public class RegistrationService {

	private final RegistrationValidator validator;

	private final Capacities capacities;

	private final SeatCounters counters;

	private final Registrations registrations;

	private final RegistrationChoices choices;

	private final RegistrationAnswers answers;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	RegistrationService(RegistrationValidator validator, Capacities capacities, SeatCounters counters,
			Registrations registrations, RegistrationChoices choices, RegistrationAnswers answers,
			ApplicationEventPublisher publisher, TransactionTemplate transactions) {
		this.validator = validator;
		this.capacities = capacities;
		this.counters = counters;
		this.registrations = registrations;
		this.choices = choices;
		this.answers = answers;
		this.publisher = publisher;
		this.transactions = transactions;
	}

	/**
	 * Registers, or finds the registration this request repeats, or sends the personal link again to an
	 * address that is already registered.
	 * @throws RegistrationRejected when the request is not valid or the event (or a session) is full
	 * without waiting list; nothing is stored then
	 */
	public RegistrationResult register(RegistrationRequest request) {
		ValidRegistration valid = this.validator.validate(request);
		this.capacities.ensureCounters(valid.event(), valid.rounds());
		return Retry.run(() -> this.transactions.execute(status -> registerNow(valid)));
	}

	private RegistrationResult registerNow(ValidRegistration valid) {
		Long eventId = valid.event().getId();
		LocalDateTime now = Seating.now();
		if (valid.idempotencyKey() != null) {
			Optional<Registration> repeated = this.registrations.findByEventIdAndIdempotencyKey(eventId,
					valid.idempotencyKey());
			if (repeated.isPresent()) {
				Registration r = repeated.get();
				return new RegistrationResult(RegistrationResult.Kind.REPEAT, r.id(), r.status(), null);
			}
		}
		Optional<Registration> existing = this.registrations.findByEventIdAndEmail(eventId, valid.applicant().email());
		String token = PersonalLinks.newToken();
		if (existing.isPresent() && existing.get().status().isActive()) {
			Registration r = existing.get();
			this.registrations.newToken(r.id(), PersonalLinks.hash(token), now);
			IssuedLinks.remember(r.id(), token);
			this.publisher.publishEvent(new RegistrationLinkRequested(r.id(), eventId));
			return new RegistrationResult(RegistrationResult.Kind.EXISTING, r.id(), r.status(), token);
		}
		RegistrationSettings settings = valid.settings();
		boolean place = this.counters.claim(eventId, SeatCounters.name(valid.applicant().attendance()));
		if (!place && !settings.waitingListEnabled()) {
			throw new RegistrationRejected(Problem.global("registration.error.full"));
		}
		RegistrationStatus status = !place ? RegistrationStatus.WAITLISTED
				: settings.approvalRequired() ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
		Registration registration = existing
			.map(old -> this.registrations.save(old.reactivated(PersonalLinks.hash(token), valid.applicant(), status,
					valid.idempotencyKey(), now)))
			.orElseGet(() -> this.registrations.save(Registration.create(eventId, PersonalLinks.hash(token),
					valid.applicant(), status, valid.idempotencyKey(), now)));
		if (existing.isPresent()) {
			this.choices.deleteByRegistration(registration.id());
			this.answers.deleteByRegistration(registration.id());
		}
		for (Map.Entry<Round, SessionPick> pick : valid.picks().entrySet()) {
			this.choices.save(choose(registration, pick.getKey(), pick.getValue(), place, settings, now));
		}
		valid.answers()
			.forEach((question, answer) -> this.answers
				.save(new RegistrationAnswer(null, registration.id(), question, answer)));
		IssuedLinks.remember(registration.id(), token);
		this.publisher.publishEvent(announcement(registration));
		return new RegistrationResult(RegistrationResult.Kind.NEW, registration.id(), status, token);
	}

	private RegistrationChoice choose(Registration registration, Round round, SessionPick pick, boolean place,
			RegistrationSettings settings, LocalDateTime now) {
		Long eventId = registration.eventId();
		if (place && this.counters.claim(eventId, SeatCounters.name(pick.first()))) {
			return RegistrationChoice.of(registration.id(), round.id(), pick.first(), 1, pick.second(),
					ChoiceStatus.CONFIRMED, now);
		}
		if (place && pick.second() != null && this.counters.claim(eventId, SeatCounters.name(pick.second()))) {
			return RegistrationChoice.of(registration.id(), round.id(), pick.second(), 2, pick.second(),
					ChoiceStatus.CONFIRMED, now);
		}
		if (place && !settings.waitingListEnabled()) {
			throw new RegistrationRejected(new Problem("choices[" + round.id() + "]", "registration.error.sessionFull"));
		}
		return RegistrationChoice.of(registration.id(), round.id(), pick.first(), 1, pick.second(),
				ChoiceStatus.WAITLISTED, now);
	}

	private static Object announcement(Registration r) {
		return switch (r.status()) {
			case WAITLISTED -> new RegistrationWaitlisted(r.id(), r.eventId(), r.email(), r.name(), r.locale(),
					r.newsletterOptIn());
			case PENDING_APPROVAL -> new RegistrationPendingApproval(r.id(), r.eventId(), r.email(), r.name(),
					r.locale(), r.newsletterOptIn());
			default -> new RegistrationConfirmed(r.id(), r.eventId(), r.email(), r.name(), r.locale(),
					r.newsletterOptIn());
		};
	}

}
