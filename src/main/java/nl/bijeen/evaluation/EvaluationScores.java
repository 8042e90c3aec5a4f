package nl.bijeen.evaluation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The evaluation scores of events, for other modules (the dashboard): per event the average of all marks given to
 * its rating questions (1–10), the number of responses and the number invited. Events without an evaluation form have
 * no score.
 */
@Service
public class EvaluationScores {

	/**
	 * The score of one event.
	 *
	 * @param average the average of all marks given to the form's rating questions, or null when none was given
	 * @param responses how many participants answered
	 * @param invited how many participants were invited (demo responses may exceed it)
	 */
	public record Score(Long eventId, Double average, int responses, int invited) {
	}

	/**
	 * The marks given to one rating question.
	 *
	 * @param question the question's text
	 * @param average the average mark, or null when nobody gave one
	 * @param answers how many gave a mark
	 */
	public record QuestionScore(String question, Double average, int answers) {
	}

	private final JdbcClient jdbc;

	EvaluationScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The score of the event, when it has an evaluation form. */
	public Optional<Score> of(Long eventId) {
		return Optional.ofNullable(of(List.of(eventId)).get(eventId));
	}

	/** The scores of those of these events that have an evaluation form, by event id (in the order given). */
	public Map<Long, Score> of(Collection<Long> eventIds) {
		Map<Long, Score> scores = new LinkedHashMap<>();
		if (eventIds.isEmpty()) {
			return scores;
		}
		Map<Long, long[]> counts = new java.util.HashMap<>();
		this.jdbc.sql("select f.event_id, (select count(*) from evaluation_response r where r.form_id = f.id), "
				+ "(select count(invited_at) from evaluation_invitation i where i.form_id = f.id) "
				+ "from evaluation_form f where f.event_id in (:events)").param("events", List.copyOf(eventIds))
			.query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) }));
		Map<Long, Double> averages = new java.util.HashMap<>();
		this.jdbc.sql("select f.event_id, avg(cast(a.rating as double precision)) from evaluation_form f "
				+ "join evaluation_response r on r.form_id = f.id join evaluation_answer a on a.response_id = r.id "
				+ "where f.event_id in (:events) and a.rating is not null group by f.event_id")
			.param("events", List.copyOf(eventIds))
			.query((RowCallbackHandler) rs -> averages.put(rs.getLong(1), rs.getDouble(2)));
		for (Long id : eventIds) {
			long[] c = counts.get(id);
			if (c != null) {
				scores.put(id, new Score(id, averages.get(id), (int) c[0], (int) c[1]));
			}
		}
		return scores;
	}

	/** The event's rating questions (1–10) in the form's order, each with its average mark. */
	public List<QuestionScore> questions(Long eventId) {
		return this.jdbc.sql("select q.text, avg(cast(a.rating as double precision)), count(a.rating) "
				+ "from evaluation_form f join evaluation_question q on q.form_id = f.id "
				+ "left join evaluation_answer a on a.question_id = q.id and a.rating is not null "
				+ "where f.event_id = ? and q.kind = 'RATING' group by q.id, q.text, q.position order by q.position, q.id")
			.param(eventId)
			.query((rs, n) -> new QuestionScore(rs.getString(1), rs.getObject(2) == null ? null : rs.getDouble(2),
					rs.getInt(3)))
			.list();
	}

}
