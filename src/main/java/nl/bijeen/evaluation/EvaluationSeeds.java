package nl.bijeen.evaluation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Stores evaluation forms, questions and responses as they are, without invitations or checks: for demo content and
 * tests.
 */
@Component
public class EvaluationSeeds {

	private final EvaluationForms forms;

	private final EvaluationResponses responses;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final EvaluationLinks links;

	EvaluationSeeds(EvaluationForms forms, EvaluationResponses responses,
			org.springframework.jdbc.core.simple.JdbcClient jdbc, EvaluationLinks links) {
		this.links = links;
		this.forms = forms;
		this.responses = responses;
		this.jdbc = jdbc;
	}

	/** Makes the event's form (open, anonymous or not); returns its id. */
	public long form(long eventId, boolean anonymous) {
		EvaluationForm form = this.forms.ensure(eventId);
		this.jdbc.sql("update evaluation_form set anonymous = ?, status = 'OPEN', opened_at = created_at where id = ?")
			.params(anonymous, form.id()).update();
		return form.id();
	}

	/** Adds a rating question (1–10); returns its id. */
	public long rating(long eventId, String text, boolean required) {
		return this.forms.add(eventId, new QuestionForm(QuestionKind.RATING, text, required, false, null, null));
	}

	/** Adds a choice question; returns its id. */
	public long choice(long eventId, String text, boolean multiple, List<String> options) {
		return this.forms.add(eventId,
				new QuestionForm(QuestionKind.CHOICE, text, false, multiple, String.join("\n", options), null));
	}

	/** Adds an open question; returns its id. */
	public long open(long eventId, String text, int maxLength) {
		return this.forms.add(eventId, new QuestionForm(QuestionKind.OPEN, text, false, false, null, maxLength));
	}

	/** Invites the registration to the event's form (as if mailed now) and returns a personal link's token. */
	public String invite(long eventId, long registrationId) {
		EvaluationForm form = this.forms.find(eventId).orElseThrow();
		this.jdbc.sql("insert into evaluation_invitation (form_id, event_id, registration_id, created_at, invited_at) "
				+ "values (?, ?, ?, ?, ?)")
			.params(form.id(), eventId, registrationId, EvaluationForms.now(), EvaluationForms.now()).update();
		Long invitation = this.jdbc.sql("select id from evaluation_invitation where form_id = ? and registration_id = ?")
			.params(form.id(), registrationId).query(Long.class).single();
		return this.links.issue(invitation);
	}

	/** Stores a response given on this day: the values per question id. */
	public void respond(long eventId, Long registrationId, LocalDate on, Map<Long, List<String>> answers) {
		EvaluationForm form = this.forms.find(eventId).orElseThrow();
		Map<String, List<String>> given = new LinkedHashMap<>();
		answers.forEach((question, values) -> given.put("q" + question, values));
		this.responses.seed(form, registrationId, on, this.forms.questions(form.id()), given);
	}

	/**
	 * Records these registrations as invited at {@code invitedAt} (as if mailed then, without links), the first
	 * {@code answered} of them as having answered the next day and the others as reminded at {@code remindedAt}.
	 */
	public void invited(long eventId, List<Long> registrationIds, java.time.LocalDateTime invitedAt,
			java.time.LocalDateTime remindedAt, int answered) {
		EvaluationForm form = this.forms.find(eventId).orElseThrow();
		for (int i = 0; i < registrationIds.size(); i++) {
			boolean answers = i < answered;
			this.jdbc.sql("insert into evaluation_invitation (form_id, event_id, registration_id, created_at, "
					+ "invited_at, reminded_at, answered_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(form.id(), eventId, registrationIds.get(i), invitedAt, invitedAt, answers ? null : remindedAt,
						answers ? invitedAt.plusDays(1) : null)
				.update();
		}
	}

}
