package nl.bijeen.registration.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The statements of registering, in plain SQL: they run for every registration in a rush, so they skip the
 * query derivation and mapping work of the repositories (which stay for everything else).
 */
@Repository
class RegistrationRows {

	private final JdbcClient jdbc;

	RegistrationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
	 * The registrations of the event with one of these addresses or idempotency keys.
	 */
	List<Known> known(Long eventId, java.util.Collection<String> emails, java.util.Collection<String> idempotencyKeys) {
		String keys = idempotencyKeys.isEmpty() ? "" : " or idempotency_key in (:keys)";
		var statement = this.jdbc
			.sql("select id, email, idempotency_key, status from registration where event_id = :eventId"
					+ " and (email in (:emails)" + keys + ")")
			.param("eventId", eventId)
			.param("emails", emails);
		if (!idempotencyKeys.isEmpty()) {
			statement = statement.param("keys", idempotencyKeys);
		}
		return statement
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
			.sql("select name, capacity, taken from seat_counter where event_id = :eventId and name in (:names)"
					+ " order by case when session_id is null then 0 else 1 end, session_id, name for update")
			.param("eventId", eventId)
			.param("names", names)
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
	Registration insert(Registration r) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into registration (event_id, token_hash, email, name, organisation, job_title, locale, attendance,
				    status, waitlisted_at, newsletter_opt_in, consent_at, register_name, registration_number,
				    idempotency_key, created_at, updated_at, version)
				values (:eventId, :tokenHash, :email, :name, :organisation, :jobTitle, :locale, :attendance, :status,
				    :waitlistedAt, :newsletter, :consentAt, :registerName, :registrationNumber, :key, :createdAt,
				    :updatedAt, 0)""")
			.param("eventId", r.eventId())
			.param("tokenHash", r.tokenHash())
			.param("email", r.email())
			.param("name", r.name())
			.param("organisation", r.organisation(), java.sql.Types.VARCHAR)
			.param("jobTitle", r.jobTitle(), java.sql.Types.VARCHAR)
			.param("locale", r.locale())
			.param("attendance", r.attendance().name())
			.param("status", r.status().name())
			.param("waitlistedAt", r.waitlistedAt(), java.sql.Types.TIMESTAMP)
			.param("newsletter", r.newsletterOptIn())
			.param("consentAt", r.consentAt())
			.param("registerName", r.registerName(), java.sql.Types.VARCHAR)
			.param("registrationNumber", r.registrationNumber(), java.sql.Types.VARCHAR)
			.param("key", r.idempotencyKey(), java.sql.Types.VARCHAR)
			.param("createdAt", r.createdAt())
			.param("updatedAt", r.updatedAt())
			.update(keys, "id");
		return r.withId(keys.getKey().longValue());
	}

	void insert(RegistrationChoice c) {
		this.jdbc.sql("""
				insert into registration_choice (registration_id, part_id, session_id, preference, second_session_id,
				    status, waitlisted_at, version)
				values (:registrationId, :partId, :sessionId, :preference, :second, :status, :waitlistedAt, 0)""")
			.param("registrationId", c.registrationId())
			.param("partId", c.partId())
			.param("sessionId", c.sessionId())
			.param("preference", c.preference())
			.param("second", c.secondSessionId(), java.sql.Types.BIGINT)
			.param("status", c.status().name())
			.param("waitlistedAt", c.waitlistedAt())
			.update();
	}

	void insert(RegistrationAnswer a) {
		this.jdbc.sql("insert into registration_answer (registration_id, question_id, answer)"
				+ " values (:registrationId, :questionId, :answer)")
			.param("registrationId", a.registrationId())
			.param("questionId", a.questionId())
			.param("answer", a.answer())
			.update();
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
