package nl.bijeen.registration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.bijeen.common.ConflictException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a participant's corrections of their own details: checked completely first (every problem as a
 * field error), then name, organisation and job title and all answers replaced in one transaction. The
 * address stays: it identifies the registration at the event. Possible while the registration is active
 * and the event has not started.
 */
@Component
class DetailsCorrections {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final Registrations registrations;

	private final RegistrationAnswers answers;

	private final RegistrationQuestions questions;

	private final EventCatalog events;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DetailsCorrections(Registrations registrations, RegistrationAnswers answers, RegistrationQuestions questions,
			EventCatalog events, JdbcClient jdbc, TransactionTemplate transactions) {
		this.registrations = registrations;
		this.answers = answers;
		this.questions = questions;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * @throws RegistrationRejected listing every field with a problem (nothing changes then)
	 * @throws ConflictException when the registration can no longer be changed
	 */
	void correct(Registration registration, DetailsChange change) {
		Event event = this.events.event(registration.eventId()).orElseThrow();
		if (!registration.status().isActive() || !EventWindow.changeable(event, Seating.now())) {
			throw new ConflictException("registration.error.notChangeable", "Registration can no longer change");
		}
		List<Problem> problems = new ArrayList<>();
		String name = oneLine(RegistrationValidator.text(change.name(), "name", 200, true, problems), "name",
				problems);
		String organisation = oneLine(
				RegistrationValidator.text(change.organisation(), "organisation", 200, false, problems),
				"organisation", problems);
		String jobTitle = oneLine(RegistrationValidator.text(change.jobTitle(), "jobTitle", 200, false, problems),
				"jobTitle", problems);
		Map<Long, String> given = QuestionAnswers
			.validate(this.questions.findByEventIdOrderByPositionAscIdAsc(event.getId()), change.answers(), problems);
		if (!problems.isEmpty()) {
			throw new RegistrationRejected(problems);
		}
		this.transactions.executeWithoutResult(status -> {
			int updated = this.jdbc.sql("""
					update registration set name = :name, organisation = :organisation, job_title = :jobTitle,
					    updated_at = :now, version = version + 1
					where id = :id and status in ('CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL', 'OFFERED')""")
				.param("name", name)
				.param("organisation", organisation)
				.param("jobTitle", jobTitle)
				.param("now", Seating.now())
				.param("id", registration.id())
				.update();
			if (updated == 0) {
				throw new ConflictException("registration.error.notChangeable", "Registration ended");
			}
			this.answers.deleteByRegistration(registration.id());
			given.forEach((question, answer) -> this.answers
				.save(new RegistrationAnswer(null, registration.id(), question, answer)));
		});
	}

	private static String oneLine(String text, String field, List<Problem> problems) {
		if (text != null && CONTROL.matcher(text).find()) {
			problems.add(new Problem(field, "registration.details.error.oneLine"));
		}
		return text;
	}

}
