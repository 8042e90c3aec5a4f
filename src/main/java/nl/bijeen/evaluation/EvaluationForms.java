package nl.bijeen.evaluation;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation forms and their questions. Changes that would lose answers given already are refused with a
 * {@link Refused} naming the reason (a message key); everything else may change at any time.
 */
@Service
class EvaluationForms {

	private final JdbcClient jdbc;

	private final EventCatalog events;

	private final EvaluationProperties properties;

	private final MessageSource messages;

	EvaluationForms(JdbcClient jdbc, EventCatalog events, EvaluationProperties properties, MessageSource messages) {
		this.jdbc = jdbc;
		this.events = events;
		this.properties = properties;
		this.messages = messages;
	}

	Event event(Long eventId) {
		return this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
	}

	Optional<EvaluationForm> find(Long eventId) {
		return this.jdbc.sql("select id, event_id, status, anonymous, closes_at, opened_at from evaluation_form "
				+ "where event_id = ?").param(eventId)
			.query((rs, n) -> new EvaluationForm(rs.getLong(1), rs.getLong(2), "OPEN".equals(rs.getString(3)),
					rs.getBoolean(4), ts(rs.getTimestamp(5)), ts(rs.getTimestamp(6))))
			.optional();
	}

	Optional<EvaluationForm> byId(Long formId) {
		return this.jdbc.sql("select event_id from evaluation_form where id = ?").param(formId).query(Long.class)
			.optional().flatMap(this::find);
	}

	/** The event's form, made (empty, a draft, not anonymous) when it has none yet. */
	EvaluationForm ensure(Long eventId) {
		Optional<EvaluationForm> form = find(eventId);
		if (form.isPresent()) {
			return form.get();
		}
		event(eventId);
		try {
			this.jdbc.sql("insert into evaluation_form (event_id, status, anonymous, created_at) values (?, 'DRAFT', false, ?)")
				.params(eventId, now()).update();
		}
		catch (DuplicateKeyException ex) {
			// made at the same moment by another request
		}
		return find(eventId).orElseThrow();
	}

	/** The moment after which no answers are taken. */
	LocalDateTime closesAt(EvaluationForm form, Event event) {
		return (form.closesAt() != null) ? form.closesAt() : event.getEndsAt().plus(this.properties.getCloseAfter());
	}

	boolean closed(EvaluationForm form, Event event) {
		return !now().isBefore(closesAt(form, event));
	}

	static boolean ended(Event event) {
		return !now().isBefore(event.getEndsAt());
	}

	List<Question> questions(Long formId) {
		return this.jdbc.sql("select id, form_id, position, kind, text, required, multiple, options, max_length "
				+ "from evaluation_question where form_id = ? order by position, id").param(formId)
			.query((rs, n) -> new Question(rs.getLong(1), rs.getLong(2), rs.getInt(3),
					QuestionKind.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7),
					Question.options(rs.getString(8)), (Integer) rs.getObject(9)))
			.list();
	}

	Optional<Question> question(Long formId, Long questionId) {
		return questions(formId).stream().filter(q -> q.id().equals(questionId)).findFirst();
	}

	int responses(Long formId) {
		return this.jdbc.sql("select count(*) from evaluation_response where form_id = ?").param(formId)
			.query(Integer.class).single();
	}

	/** Adds the usual three questions to a form without questions. */
	@Transactional
	void addDefaults(Long eventId, Locale locale) {
		EvaluationForm form = ensure(eventId);
		if (!questions(form.id()).isEmpty()) {
			throw new Refused("evaluation.refused.notEmpty");
		}
		insert(form.id(), new QuestionForm(QuestionKind.RATING, text("evaluation.default.overall", locale), true,
				false, null, null));
		insert(form.id(), new QuestionForm(QuestionKind.OPEN, text("evaluation.default.takeAway", locale), false,
				false, null, 1000));
		insert(form.id(), new QuestionForm(QuestionKind.CHOICE, text("evaluation.default.again", locale), false,
				false, text("evaluation.default.again.options", locale), null));
	}

	@Transactional
	Long add(Long eventId, QuestionForm q) {
		EvaluationForm form = ensure(eventId);
		return insert(form.id(), q);
	}

	@Transactional
	void change(Long eventId, Long questionId, QuestionForm q) {
		EvaluationForm form = find(eventId).orElseThrow(() -> new NotFoundException("No form"));
		Question old = question(form.id(), questionId).orElseThrow(() -> new NotFoundException("No question"));
		if (answered(questionId)) {
			if (old.kind() != q.getKind()) {
				throw new Refused("evaluation.refused.kind");
			}
			if (old.kind() == QuestionKind.CHOICE) {
				Set<String> kept = new HashSet<>(Question.options(q.getOptions()));
				List<String> chosen = this.jdbc.sql("select distinct choice from evaluation_answer where question_id = ? "
						+ "and choice is not null").param(questionId).query(String.class).list();
				if (!kept.containsAll(chosen)) {
					throw new Refused("evaluation.refused.option");
				}
				if (old.multiple() && !q.isMultiple() && this.jdbc.sql("select count(*) from (select response_id from "
						+ "evaluation_answer where question_id = ? and choice is not null group by response_id "
						+ "having count(*) > 1) x").param(questionId).query(Integer.class).single() > 0) {
					throw new Refused("evaluation.refused.multiple");
				}
			}
			if (old.kind() == QuestionKind.OPEN && q.getMaxLength() != null && this.jdbc.sql(
					"select coalesce(max(length(text)), 0) from evaluation_answer where question_id = ?")
				.param(questionId).query(Integer.class).single() > q.getMaxLength()) {
				throw new Refused("evaluation.refused.length");
			}
		}
		this.jdbc.sql("update evaluation_question set kind = ?, text = ?, required = ?, multiple = ?, options = ?, "
				+ "max_length = ? where id = ? and form_id = ?")
			.params(q.getKind().name(), q.getText().strip(), q.isRequired(),
					q.getKind() == QuestionKind.CHOICE && q.isMultiple(), options(q), maxLength(q), questionId,
					form.id())
			.update();
	}

	@Transactional
	void delete(Long eventId, Long questionId) {
		EvaluationForm form = find(eventId).orElseThrow(() -> new NotFoundException("No form"));
		question(form.id(), questionId).orElseThrow(() -> new NotFoundException("No question"));
		if (answered(questionId)) {
			throw new Refused("evaluation.refused.delete");
		}
		this.jdbc.sql("delete from evaluation_question where id = ? and form_id = ?").params(questionId, form.id())
			.update();
	}

	/** Moves a question one place up ({@code up}) or down; at the top or bottom nothing changes. */
	@Transactional
	void move(Long eventId, Long questionId, boolean up) {
		EvaluationForm form = find(eventId).orElseThrow(() -> new NotFoundException("No form"));
		List<Question> questions = new ArrayList<>(questions(form.id()));
		int index = -1;
		for (int i = 0; i < questions.size(); i++) {
			if (questions.get(i).id().equals(questionId)) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotFoundException("No question");
		}
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= questions.size()) {
			return;
		}
		questions.add(other, questions.remove(index));
		for (int i = 0; i < questions.size(); i++) {
			this.jdbc.sql("update evaluation_question set position = ? where id = ?").params(i + 1,
					questions.get(i).id()).update();
		}
	}

	/** Sets anonymity and the closing moment; anonymity may change only while there are no answers. */
	@Transactional
	void settings(Long eventId, boolean anonymous, LocalDateTime closesAt) {
		EvaluationForm form = ensure(eventId);
		if (form.anonymous() != anonymous && responses(form.id()) > 0) {
			throw new Refused("evaluation.refused.anonymous");
		}
		this.jdbc.sql("update evaluation_form set anonymous = ?, closes_at = ? where id = ?")
			.params(anonymous, closesAt, form.id()).update();
	}

	/** Opens the form: from now on it is mailed to those present once the event has ended. */
	@Transactional
	void open(Long eventId) {
		EvaluationForm form = ensure(eventId);
		if (questions(form.id()).isEmpty()) {
			throw new Refused("evaluation.refused.noQuestions");
		}
		this.jdbc.sql("update evaluation_form set status = 'OPEN', opened_at = ? where id = ? and status = 'DRAFT'")
			.params(now(), form.id()).update();
	}

	/** The open forms whose event has ended and which still take answers. */
	List<EvaluationForm> due() {
		LocalDateTime now = now();
		LocalDateTime earliest = now.minus(this.properties.getCloseAfter());
		return this.jdbc.sql("select f.event_id from evaluation_form f join event e on e.id = f.event_id "
				+ "where f.status = 'OPEN' and e.ends_at <= :now and (f.closes_at > :now "
				+ "or (f.closes_at is null and e.ends_at > :earliest))").param("now", now).param("earliest", earliest)
			.query(Long.class).list().stream().map(this::find).flatMap(Optional::stream)
			.filter(f -> !closed(f, event(f.eventId()))).toList();
	}

	private boolean answered(Long questionId) {
		return this.jdbc.sql("select count(*) from evaluation_answer where question_id = ?").param(questionId)
			.query(Integer.class).single() > 0;
	}

	private Long insert(Long formId, QuestionForm q) {
		int position = this.jdbc.sql("select coalesce(max(position), 0) + 1 from evaluation_question where form_id = ?")
			.param(formId).query(Integer.class).single();
		this.jdbc.sql("insert into evaluation_question (form_id, position, kind, text, required, multiple, options, "
				+ "max_length) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(formId, position, q.getKind().name(), q.getText().strip(), q.isRequired(),
					q.getKind() == QuestionKind.CHOICE && q.isMultiple(), options(q), maxLength(q))
			.update();
		return this.jdbc.sql("select max(id) from evaluation_question where form_id = ? and position = ?")
			.params(formId, position).query(Long.class).single();
	}

	private static String options(QuestionForm q) {
		return (q.getKind() == QuestionKind.CHOICE) ? String.join("\n", Question.options(q.getOptions())) : null;
	}

	private Integer maxLength(QuestionForm q) {
		if (q.getKind() != QuestionKind.OPEN) {
			return null;
		}
		return (q.getMaxLength() != null) ? q.getMaxLength() : this.properties.getMaxOpenLength();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	static LocalDateTime now() {
		return LocalDateTime.now(Zones.AMSTERDAM).truncatedTo(ChronoUnit.SECONDS);
	}

	private static LocalDateTime ts(java.sql.Timestamp t) {
		return (t == null) ? null : t.toLocalDateTime();
	}

	/** A change refused because it would lose answers or is not possible now; the code is a message key. */
	static class Refused extends ConflictException {

		Refused(String code) {
			super(code, code);
		}

	}

}
