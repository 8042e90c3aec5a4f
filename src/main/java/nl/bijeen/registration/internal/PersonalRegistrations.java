package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Venue;
import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.Availability;
import nl.bijeen.registration.RegistrationCancelled;

import org.springframework.stereotype.Service;

/**
 * Everything a participant does with the personal link: view, change session choices, correct their
 * details, accept an offered place, cancel. An unknown token is a 404; nothing tells whether a token ever existed.
 */
@Service
public class PersonalRegistrations {

	private final Registrations registrations;

	private final RegistrationChoices choices;

	private final EventCatalog events;

	private final Rounds rounds;

	private final RegistrationSettingsRepository settings;

	private final Availability availability;

	private final ChoiceChanges changes;

	private final Cancellations cancellations;

	private final Approvals approvals;

	private final DetailsCorrections corrections;

	private final RegistrationQuestions questions;

	private final RegistrationAnswers answers;

	PersonalRegistrations(Registrations registrations, RegistrationChoices choices, EventCatalog events,
			Rounds rounds, RegistrationSettingsRepository settings, Availability availability, ChoiceChanges changes,
			Cancellations cancellations, Approvals approvals, DetailsCorrections corrections,
			RegistrationQuestions questions, RegistrationAnswers answers) {
		this.registrations = registrations;
		this.choices = choices;
		this.events = events;
		this.rounds = rounds;
		this.settings = settings;
		this.availability = availability;
		this.changes = changes;
		this.cancellations = cancellations;
		this.approvals = approvals;
		this.corrections = corrections;
		this.questions = questions;
		this.answers = answers;
	}

	public Registration find(String token) {
		if (!PersonalLinks.plausible(token)) {
			throw new NotFoundException("No registration for this link");
		}
		return this.registrations.findByTokenHash(PersonalLinks.hash(token))
			.orElseThrow(() -> new NotFoundException("No registration for this link"));
	}

	public PersonalView view(String token) {
		return view(find(token));
	}

	public PersonalView view(Long registrationId) {
		return view(this.registrations.findById(registrationId)
			.orElseThrow(() -> new NotFoundException("No registration " + registrationId)));
	}

	public PersonalView view(Registration registration) {
		Event event = this.events.event(registration.eventId()).orElseThrow();
		Venue venue = event.getVenueId() == null ? null : this.events.venue(event.getVenueId()).orElse(null);
		List<Round> eventRounds = this.rounds.of(event.getId());
		List<PersonalView.ChoiceView> chosen = new ArrayList<>();
		for (RegistrationChoice choice : this.choices.findByRegistrationIdOrderByPartIdAsc(registration.id())) {
			eventRounds.stream().filter(r -> r.id().equals(choice.partId())).findFirst().ifPresent(round -> {
				int position = choice.confirmed() ? 0
						: this.choices.waitingPosition(choice.sessionId(), choice.waitlistedAt(), choice.id());
				chosen.add(new PersonalView.ChoiceView(round, round.session(choice.sessionId()).orElse(null), choice,
						position));
			});
		}
		int position = registration.status() == RegistrationStatus.WAITLISTED ? this.registrations.waitingPosition(
				event.getId(), registration.attendance().name(), registration.waitlistedAt(), registration.id()) : 0;
		LocalDateTime now = Seating.now();
		return new PersonalView(registration, event, venue, chosen, eventRounds, this.availability.of(event.getId()),
				position, meetingLink(registration, event, now), this.settings.of(event.getId()).onlineLinkMinutesBefore(),
				EventWindow.changeable(event, now));
	}

	/**
	 * The meeting link, for online participants with a place, from the set minutes before the start until
	 * the end.
	 */
	public String meetingLink(Registration registration, Event event, LocalDateTime now) {
		if (registration.attendance() != Attendance.ONLINE || registration.status() != RegistrationStatus.CONFIRMED
				|| event.getOnlineUrl() == null) {
			return null;
		}
		int minutes = this.settings.of(event.getId()).onlineLinkMinutesBefore();
		boolean open = !now.isBefore(event.getStartsAt().minusMinutes(minutes)) && now.isBefore(event.getEndsAt());
		return open ? event.getOnlineUrl() : null;
	}

	public void change(String token, Long partId, Long sessionId) {
		this.changes.change(find(token).id(), partId, sessionId, token);
	}

	public void cancel(String token) {
		Registration registration = find(token);
		Event event = this.events.event(registration.eventId()).orElseThrow();
		if (!EventWindow.changeable(event, Seating.now())) {
			throw new nl.bijeen.common.ConflictException("registration.error.notChangeable", "Event started");
		}
		this.cancellations.end(registration.id(), null, RegistrationStatus.CANCELLED,
				RegistrationCancelled.Reason.BY_PARTICIPANT);
	}

	/**
	 * Corrects the participant's name, organisation, job title and answers.
	 * @throws RegistrationRejected listing every field with a problem (nothing changes then)
	 * @throws nl.bijeen.common.ConflictException when the registration can no longer be changed
	 */
	public void correct(String token, DetailsChange change) {
		this.corrections.correct(find(token), change);
	}

	/**
	 * The participant's details as they are now, to fill in the form to correct them.
	 */
	public DetailsChange details(Registration registration) {
		Map<Long, List<String>> given = new HashMap<>();
		for (RegistrationAnswer answer : this.answers.findByRegistrationId(registration.id())) {
			given.put(answer.questionId(), new ArrayList<>(List.of(answer.answer().split("\n"))));
		}
		return new DetailsChange(registration.name(), registration.organisation(), registration.jobTitle(), given);
	}

	/**
	 * The event's own questions, in order.
	 */
	public List<RegistrationQuestion> questions(Long eventId) {
		return this.questions.findByEventIdOrderByPositionAscIdAsc(eventId);
	}

	public void acceptOffer(String token) {
		this.approvals.acceptOffer(find(token).id(), token);
	}

}
