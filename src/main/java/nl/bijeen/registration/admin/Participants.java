package nl.bijeen.registration.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.internal.ChoiceStatus;
import nl.bijeen.registration.internal.RegistrationQuestions;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.internal.Round;
import nl.bijeen.registration.internal.Rounds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads participant lists for organisers: a page at a time for the screens and the API, or row by row for
 * exports (with a fetch size, so PostgreSQL streams from a cursor inside the caller's transaction).
 */
@Repository
public class Participants {

	static final int FETCH_SIZE = 200;

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	private final EventCatalog events;

	private final Rounds rounds;

	private final RegistrationQuestions questions;

	private final RegistrationSettingsRepository settings;

	Participants(DataSource dataSource, EventCatalog events, Rounds rounds, RegistrationQuestions questions,
			RegistrationSettingsRepository settings) {
		this.jdbc = JdbcClient.create(dataSource);
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(template);
		this.events = events;
		this.rounds = rounds;
		this.questions = questions;
		this.settings = settings;
	}

	/**
	 * The extra columns of an event's lists.
	 * @throws NotFoundException when there is no such event
	 */
	public Columns columns(Long eventId) {
		Event event = this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
		return new Columns(event, this.settings.of(eventId), this.rounds.of(eventId),
				this.questions.findByEventIdOrderByPositionAscIdAsc(eventId));
	}

	public ParticipantPage page(ParticipantCriteria criteria, Columns columns) {
		return page(criteria, columns, null);
	}

	/**
	 * One page, with the number of matches on all pages already known (e.g. from the counts per status), so
	 * that it is not counted again: counting is the one part of a page that grows with the event.
	 * @param knownTotal the number of matches, or {@code null} to count them
	 */
	public ParticipantPage page(ParticipantCriteria criteria, Columns columns, Long knownTotal) {
		ParticipantSql sql = new ParticipantSql(criteria, columns);
		List<Participant> items = new ArrayList<>();
		this.jdbc.sql(sql.select(criteria)).params(sql.params()).query(rs -> {
			items.add(map(rs, columns));
		});
		long total = !criteria.paged() ? items.size() : knownTotal != null ? knownTotal
				: this.jdbc.sql(sql.count()).params(sql.params()).query(Long.class).single();
		return new ParticipantPage(items, criteria.page(), criteria.size(), total);
	}

	/**
	 * Hands the participants one by one to the consumer, without holding them all in memory.
	 */
	public void each(ParticipantCriteria criteria, Columns columns, Consumer<Participant> consumer) {
		ParticipantSql sql = new ParticipantSql(criteria, columns);
		this.streaming.sql(sql.select(criteria)).params(sql.params()).query(rs -> {
			consumer.accept(map(rs, columns));
		});
	}

	private static Participant map(ResultSet rs, Columns columns) throws SQLException {
		List<Participant.Pick> picks = new ArrayList<>();
		for (int i = 0; i < columns.rounds().size(); i++) {
			Round round = columns.rounds().get(i);
			long sessionId = rs.getLong("session_" + i);
			if (rs.wasNull()) {
				picks.add(null);
				continue;
			}
			String title = round.session(sessionId).map(Session::title).orElse("");
			picks.add(new Participant.Pick(round.id(), sessionId, title,
					ChoiceStatus.WAITLISTED.name().equals(rs.getString("choice_" + i))));
		}
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < columns.questions().size(); i++) {
			answers.add(rs.getString("answer_" + i));
		}
		return new Participant(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
				rs.getString("organisation"), rs.getString("job_title"), RegistrationStatus.valueOf(rs.getString("status")),
				Attendance.valueOf(rs.getString("attendance")), time(rs, "created_at"), time(rs, "waitlisted_at"),
				rs.getString("register_name"), rs.getString("registration_number"), picks, answers);
	}

	private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

}
