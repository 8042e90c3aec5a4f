package nl.bijeen.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.bijeen.common.Zones;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and stores a participant's answers, once: the invitation's {@code answered_at} is claimed with a conditional
 * update in the transaction that stores the response, so a second submit (or two at once) stores nothing. On an
 * anonymous form the response carries no registration, a random id and only the day.
 */
@Service
class EvaluationResponses {

	enum Outcome {
		SAVED, ALREADY_ANSWERED
	}

	/** A problem with one answer: the question's field, a message key and its arguments. */
	record Problem(String field, String code, Object[] args) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	EvaluationResponses(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** The problems with the answers given (the values sent per question field), in the order of the form. */
	static List<Problem> problems(List<Question> questions, Map<String, List<String>> given) {
		List<Problem> problems = new ArrayList<>();
		for (Question q : questions) {
			List<String> values = values(given.get(q.field()));
			if (values.isEmpty()) {
				if (q.required()) {
					problems.add(new Problem(q.field(), "evaluation.answer.required." + q.kind().name().toLowerCase(),
							new Object[] { q.text() }));
				}
				continue;
			}
			switch (q.kind()) {
				case RATING -> {
					if (values.size() > 1 || rating(values.get(0)) == null) {
						problems.add(new Problem(q.field(), "evaluation.answer.rating", new Object[] { q.text() }));
					}
				}
				case CHOICE -> {
					if (!q.options().containsAll(values) || (!q.multiple() && values.size() > 1)) {
						problems.add(new Problem(q.field(), "evaluation.answer.choice", new Object[] { q.text() }));
					}
				}
				case OPEN -> {
					String text = String.join("\n", values);
					int max = (q.maxLength() != null) ? q.maxLength() : Integer.MAX_VALUE;
					if (text.length() > max) {
						problems.add(new Problem(q.field(), "evaluation.answer.tooLong",
								new Object[] { q.text(), Integer.toString(max), Integer.toString(text.length()) }));
					}
				}
			}
		}
		return problems;
	}

	/** Stores the answers (checked before) for this invitation, unless it was answered already. */
	Outcome save(EvaluationForm form, EvaluationInvitations.Invitation invitation, List<Question> questions,
			Map<String, List<String>> given) {
		return this.transactions.execute(status -> {
			int claimed = this.jdbc.sql("update evaluation_invitation set answered_at = ? where id = ? "
					+ "and answered_at is null").params(EvaluationForms.now(), invitation.id()).update();
			if (claimed == 0) {
				return Outcome.ALREADY_ANSWERED;
			}
			String id = UUID.randomUUID().toString();
			this.jdbc.sql("insert into evaluation_response (id, form_id, registration_id, submitted_on) values (?, ?, ?, ?)")
				.params(id, form.id(), form.anonymous() ? null : invitation.registrationId(),
						LocalDate.now(Zones.AMSTERDAM))
				.update();
			store(id, questions, given);
			return Outcome.SAVED;
		});
	}

	/** Stores a response without an invitation (demo content, tests); returns its id. */
	String seed(EvaluationForm form, Long registrationId, LocalDate on, List<Question> questions,
			Map<String, List<String>> given) {
		return this.transactions.execute(status -> {
			String id = UUID.randomUUID().toString();
			this.jdbc.sql("insert into evaluation_response (id, form_id, registration_id, submitted_on) values (?, ?, ?, ?)")
				.params(id, form.id(), form.anonymous() ? null : registrationId, on).update();
			store(id, questions, given);
			return id;
		});
	}

	private void store(String responseId, List<Question> questions, Map<String, List<String>> given) {
		for (Question q : questions) {
			List<String> values = values(given.get(q.field()));
			if (values.isEmpty()) {
				continue;
			}
			switch (q.kind()) {
				case RATING -> insert(responseId, q.id(), rating(values.get(0)), null, null);
				case CHOICE -> values.forEach(v -> insert(responseId, q.id(), null, v, null));
				case OPEN -> insert(responseId, q.id(), null, null, String.join("\n", values));
			}
		}
	}

	private void insert(String responseId, Long questionId, Integer rating, String choice, String text) {
		this.jdbc.sql("insert into evaluation_answer (response_id, question_id, rating, choice, text) values (?, ?, ?, ?, ?)")
			.params(responseId, questionId, rating, choice, text).update();
	}

	/** Forgets which registration gave a response and its free text (erasure of a form that was not anonymous). */
	void unlink(Long registrationId) {
		this.jdbc.sql("delete from evaluation_answer where text is not null and response_id in "
				+ "(select id from evaluation_response where registration_id = ?)").param(registrationId).update();
		this.jdbc.sql("update evaluation_response set registration_id = null where registration_id = ?")
			.param(registrationId).update();
	}

	/** The values sent, stripped, without empty ones. */
	static List<String> values(List<String> sent) {
		if (sent == null) {
			return List.of();
		}
		return sent.stream().filter(v -> v != null && !v.strip().isEmpty()).map(v -> v.replace("\r\n", "\n").strip())
			.distinct().toList();
	}

	static Integer rating(String value) {
		try {
			int rating = Integer.parseInt(value.strip());
			return (rating >= 1 && rating <= 10) ? rating : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The answers sent with the form, per question field. */
	static Map<String, List<String>> given(List<Question> questions, Map<String, String[]> parameters) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		for (Question q : questions) {
			String[] values = parameters.get(q.field());
			given.put(q.field(), (values == null) ? List.of() : List.of(values));
		}
		return given;
	}

}
