package nl.bijeen.registration.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One version number per event that goes up in the transaction of every change to what registering for it
 * reads (the event, its programme, its registration settings and questions). Instances compare it with the
 * version of their cached copy: one primary key lookup tells them whether their copy is still current.
 */
@Repository
class ContextVersions {

	/** What {@link #current(Long)} answers for an event without a version row (deleted, or not made here). */
	static final long UNKNOWN = -1;

	private final JdbcClient jdbc;

	ContextVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The event's current version, {@link #UNKNOWN} when it has none.
	 */
	long current(Long eventId) {
		return this.jdbc.sql("select version from registration_context_version where event_id = ?")
			.param(eventId)
			.query(Long.class)
			.optional()
			.orElse(UNKNOWN);
	}

	/**
	 * Raises the event's version, in the caller's transaction.
	 */
	void raise(Long eventId) {
		if (this.jdbc.sql("update registration_context_version set version = version + 1 where event_id = ?")
			.param(eventId)
			.update() == 0) {
			this.jdbc.sql("insert into registration_context_version (event_id, version) values (?, 1) "
					+ "on conflict do nothing").param(eventId).update();
		}
	}

}
