package nl.bijeen.registration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.registration.internal.Cancellations;
import nl.bijeen.registration.internal.EventWindow;
import nl.bijeen.registration.internal.PersonalRegistrations;
import nl.bijeen.registration.internal.PersonalView;
import nl.bijeen.registration.internal.Pseudonymiser;
import nl.bijeen.registration.internal.Registration;
import nl.bijeen.registration.internal.RegistrationAnswers;
import nl.bijeen.registration.internal.RegistrationQuestion;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.internal.Registrations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The personal data of registrations, for the privacy module: a participant's download, erasure (through the
 * personal link or on request by address) and pseudonymisation after the retention period. Erasing cancels an
 * active registration first, exactly as a cancellation does (its place goes to the first person waiting), and
 * then pseudonymises it at once ({@link Pseudonymiser}); no mail goes to the erased address.
 */
@Service
public class PersonalData {

	private final PersonalRegistrations personal;

	private final Registrations registrations;

	private final RegistrationAnswers answers;

	private final Cancellations cancellations;

	private final Pseudonymiser pseudonymiser;

	private final EventCatalog events;

	private final JdbcClient jdbc;

	PersonalData(PersonalRegistrations personal, Registrations registrations, RegistrationAnswers answers,
			Cancellations cancellations, Pseudonymiser pseudonymiser, EventCatalog events, JdbcClient jdbc) {
		this.personal = personal;
		this.registrations = registrations;
		this.answers = answers;
		this.cancellations = cancellations;
		this.pseudonymiser = pseudonymiser;
		this.events = events;
		this.jdbc = jdbc;
	}

	/**
	 * The data of the registration behind this personal link.
	 * @throws NotFoundException when the link leads nowhere (also after erasure)
	 */
	public ParticipantData export(String token, String baseUrl) {
		PersonalView view = this.personal.view(token);
		Registration r = view.registration();
		List<RegistrationQuestion> questions = this.personal.questions(r.eventId());
		List<ParticipantData.Answer> given = this.answers.findByRegistrationId(r.id())
			.stream()
			.map(a -> new ParticipantData.Answer(questions.stream()
				.filter(q -> q.id().equals(a.questionId()))
				.map(RegistrationQuestion::text)
				.findFirst()
				.orElse(null), a.answer()))
			.toList();
		List<ParticipantData.Choice> chosen = view.choices()
			.stream()
			.map(c -> new ParticipantData.Choice(c.round().part().title(),
					(c.session() != null) ? c.session().title() : null, c.choice().status().name(),
					c.choice().preference()))
			.toList();
		Event event = view.event();
		return new ParticipantData(r.id(), event.getTitle(), baseUrl + "/evenementen/" + event.getSlug(),
				event.getStartsAt(), r.name(), r.email(), r.organisation(), r.jobTitle(), r.locale(),
				r.attendance().name(), r.status().name(), r.newsletterOptIn(), r.createdAt(), r.consentAt(),
				r.cancelledAt(), r.registerName(), r.registrationNumber(), given, chosen, event.getId());
	}

	/**
	 * The e-mail address of the registration behind this personal link.
	 * @throws NotFoundException when the link leads nowhere
	 */
	public String email(String token) {
		return this.personal.find(token).email();
	}

	/**
	 * Erases the registration behind this personal link: cancels it (if it is active and its event has not
	 * started) and pseudonymises it.
	 * @throws NotFoundException when the link leads nowhere (also when it was erased already)
	 */
	public Erasure erase(String token) {
		return erase(this.personal.find(token));
	}

	/**
	 * Erases every registration with this address (any case), across all events.
	 */
	public Erasure eraseAll(String email) {
		return eraseEach(this.jdbc.sql("select id from registration where lower(email) = lower(:email) order by id")
			.param("email", email.strip())
			.query(Long.class)
			.list());
	}

	/**
	 * Erases the registrations with this address (any case) for the given events; those for other events stay.
	 */
	public Erasure eraseAll(String email, Collection<Long> eventIds) {
		if (eventIds.isEmpty()) {
			return Erasure.NONE;
		}
		return eraseEach(this.jdbc
			.sql("select id from registration where lower(email) = lower(:email) and event_id in (:events) order by id")
			.param("email", email.strip())
			.param("events", List.copyOf(eventIds))
			.query(Long.class)
			.list());
	}

	private Erasure eraseEach(List<Long> ids) {
		Erasure done = Erasure.NONE;
		for (Long id : ids) {
			Optional<Registration> registration = this.registrations.findById(id);
			if (registration.isPresent()) {
				done = done.plus(erase(registration.get()));
			}
		}
		return done;
	}

	/**
	 * Pseudonymises every registration of the event that still holds personal data, each in a transaction of
	 * its own; with several instances at once each registration is done by exactly one.
	 * @return how many this call pseudonymised
	 */
	public int pseudonymiseEvent(long eventId) {
		int done = 0;
		for (Long id : this.pseudonymiser.withPersonalData(eventId)) {
			if (this.pseudonymiser.pseudonymise(id)) {
				done++;
			}
		}
		return done;
	}

	/**
	 * The events some of whose registrations still hold personal data.
	 */
	public List<Long> eventsWithPersonalData() {
		return this.pseudonymiser.eventsWithPersonalData();
	}

	private Erasure erase(Registration registration) {
		Event event = this.events.event(registration.eventId()).orElseThrow();
		boolean cancelled = false;
		if (registration.status().isActive() && EventWindow.changeable(event, java.time.LocalDateTime.now(
				nl.bijeen.common.Zones.AMSTERDAM))) {
			cancelled = this.cancellations.end(registration.id(), null, RegistrationStatus.CANCELLED,
					RegistrationCancelled.Reason.ERASED);
		}
		boolean pseudonymised = this.pseudonymiser.pseudonymise(registration.id());
		return new Erasure(pseudonymised ? 1 : 0, cancelled ? 1 : 0, event.getTitle());
	}

}
