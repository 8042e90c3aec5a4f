package nl.bijeen.registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The answers to questions marked "show at check-in", for the check-in screen and API: a read model, in
 * question order, leaving out empty answers.
 */
@Service
public class CheckInAnswers {

	private static final String SQL = """
			select a.registration_id, q.text, a.answer from registration_answer a
			join registration_question q on q.id = a.question_id
			where q.show_at_check_in = true and %s
			order by q.position, q.id""";

	private final JdbcClient jdbc;

	CheckInAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The shown answers of everyone at the event, by registration id (absent: none). */
	public Map<Long, List<CheckInAnswer>> ofEvent(Long eventId) {
		return load(SQL.formatted("q.event_id = ?"), eventId);
	}

	/** The shown answers of one registration. */
	public List<CheckInAnswer> of(Long registrationId) {
		return load(SQL.formatted("a.registration_id = ?"), registrationId).getOrDefault(registrationId, List.of());
	}

	private Map<Long, List<CheckInAnswer>> load(String sql, Long param) {
		Map<Long, List<CheckInAnswer>> answers = new HashMap<>();
		this.jdbc.sql(sql).param(param).query((RowCallbackHandler) rs -> {
			String answer = rs.getString(3);
			if (answer != null && !answer.isBlank()) {
				answers.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new CheckInAnswer(rs.getString(2), String.join(", ", answer.strip().lines().toList())));
			}
		});
		return answers;
	}

}
