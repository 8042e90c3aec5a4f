package nl.bijeen.registration.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The statements of registering, in plain SQL: they run for every registration in a rush, so they skip the
 * query derivation and mapping work of the repositories (which stay for everything else).
 */
@Repository
class RegistrationRows {

	private static final String INSERT_REGISTRATION = """
			insert into registration (event_id, token_hash, email, name, organisation, job_title, locale, attendance,
			    status, waitlisted_at, newsletter_opt_in, consent_at, register_name, registration_number,
			    idempotency_key, created_at, updated_at, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final String INSERT_CHOICE = """
			insert into registration_choice (registration_id, part_id, session_id, preference, second_session_id,
			    status, waitlisted_at, version)
			values (?, ?, ?, ?, ?, ?, ?, 0)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	RegistrationRows(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * The registrations of the event with this address or this idempotency key (at most two).
	 */
	List<Known> known(Long eventId, String email, String idempotencyKey) {
		return this.jdbc
			.sql("select id, email, idempotency_key, status from registration where event_id = :eventId"
					+ " and (email = :email or idempotency_key = :key)")
			.param("eventId", eventId)
			.param("email", email)
			.param("key", idempotencyKey, java.sql.Types.VARCHAR)
			.query((rs, n) -> new Known(rs.getLong("id"), rs.getString("email"), rs.getString("idempotency_key"),
					RegistrationStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/**
	 * The registrations of the event with one of these addresses or idempotency keys. The values go as
	 * arrays, so the statement is the same for any number of them and the database prepares it once.
	 */
	List<Known> known(Long eventId, java.util.Collection<String> emails, java.util.Collection<String> idempotencyKeys) {
		return this.jdbc
			.sql("select id, email, idempotency_key, status from registration where event_id = :eventId"
					+ " and (email = any(:emails) or idempotency_key = any(:keys))")
			.param("eventId", eventId)
			.param("emails", emails.toArray(String[]::new))
			.param("keys", idempotencyKeys.toArray(String[]::new))
			.query((rs, n) -> new Known(rs.getLong("id"), rs.getString("email"), rs.getString("idempotency_key"),
					RegistrationStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/**
	 * Locks the named place counters of the event until the end of the transaction: those of the event
	 * first, then the sessions' in the order of their ids.
	 */
	List<LockedCounter> lockCounters(Long eventId, java.util.Collection<String> names) {
		return this.jdbc
			.sql("select name, capacity, taken from seat_counter where event_id = :eventId and name = any(:names)"
					+ " order by case when session_id is null then 0 else 1 end, session_id, name for update")
			.param("eventId", eventId)
			.param("names", names.toArray(String[]::new))
			.query((rs, n) -> {
				int value = rs.getInt("capacity");
				Integer capacity = rs.wasNull() ? null : value;
				return new LockedCounter(rs.getString("name"), capacity, rs.getInt("taken"));
			})
			.list();
	}

	/**
	 * Inserts a new registration.
	 * @return the registration with its id
	 */
	Registration insert(Registration registration) {
		return insertAll(List.of(registration)).get(0);
	}

	/**
	 * Inserts new registrations in one JDBC batch.
	 * @return the registrations with their ids, in the same order
	 */
	List<Registration> insertAll(List<Registration> registrations) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.batch.batchUpdate(con -> con.prepareStatement(INSERT_REGISTRATION, new String[] { "id" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						setRegistration(ps, registrations.get(i));
					}

					@Override
					public int getBatchSize() {
						return registrations.size();
					}
				}, keys);
		List<Map<String, Object>> ids = keys.getKeyList();
		if (ids.size() != registrations.size()) {
			throw new IllegalStateException("Expected " + registrations.size() + " generated ids, got " + ids.size());
		}
		List<Registration> saved = new ArrayList<>(registrations.size());
		for (int i = 0; i < registrations.size(); i++) {
			Number id = (Number) ids.get(i).values().iterator().next();
			saved.add(registrations.get(i).withId(id.longValue()));
		}
		return saved;
	}

	private static void setRegistration(PreparedStatement ps, Registration r) throws SQLException {
		ps.setLong(1, r.eventId());
		ps.setString(2, r.tokenHash());
		ps.setString(3, r.email());
		ps.setString(4, r.name());
		ps.setString(5, r.organisation());
		ps.setString(6, r.jobTitle());
		ps.setString(7, r.locale());
		ps.setString(8, r.attendance().name());
		ps.setString(9, r.status().name());
		ps.setTimestamp(10, (r.waitlistedAt() != null) ? Timestamp.valueOf(r.waitlistedAt()) : null);
		ps.setBoolean(11, r.newsletterOptIn());
		ps.setTimestamp(12, Timestamp.valueOf(r.consentAt()));
		ps.setString(13, r.registerName());
		ps.setString(14, r.registrationNumber());
		ps.setString(15, r.idempotencyKey());
		ps.setTimestamp(16, Timestamp.valueOf(r.createdAt()));
		ps.setTimestamp(17, Timestamp.valueOf(r.updatedAt()));
	}

	void insert(RegistrationChoice choice) {
		insertChoices(List.of(choice));
	}

	/**
	 * Inserts session choices in one JDBC batch.
	 */
	void insertChoices(List<RegistrationChoice> choices) {
		if (choices.isEmpty()) {
			return;
		}
		this.batch.batchUpdate(INSERT_CHOICE, choices, choices.size(), (ps, c) -> {
			ps.setLong(1, c.registrationId());
			ps.setLong(2, c.partId());
			ps.setLong(3, c.sessionId());
			ps.setInt(4, c.preference());
			if (c.secondSessionId() != null) {
				ps.setLong(5, c.secondSessionId());
			}
			else {
				ps.setNull(5, Types.BIGINT);
			}
			ps.setString(6, c.status().name());
			ps.setTimestamp(7, Timestamp.valueOf(c.waitlistedAt()));
		});
	}

	void insert(RegistrationAnswer answer) {
		insertAnswers(List.of(answer));
	}

	/**
	 * Inserts answers in one JDBC batch.
	 */
	void insertAnswers(List<RegistrationAnswer> answers) {
		if (answers.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("insert into registration_answer (registration_id, question_id, answer) values (?, ?, ?)",
				answers, answers.size(), (ps, a) -> {
					ps.setLong(1, a.registrationId());
					ps.setLong(2, a.questionId());
					ps.setString(3, a.answer());
				});
	}

	/**
	 * A place counter, locked.
	 */
	record LockedCounter(String name, Integer capacity, int taken) {
	}

	/**
	 * A registration found by address or idempotency key.
	 */
	record Known(long id, String email, String idempotencyKey, RegistrationStatus status) {
	}

}
