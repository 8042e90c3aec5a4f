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

	/** A version no cached copy has: the context is read anew (used when caching is off). */
	static final long UNKNOWN = -1;

	private final JdbcClient jdbc;

	ContextVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The event's current version; 0 for an event without a version row (stored by other means than bijeen's
	 * own saves, e.g. before this table existed or by plain SQL): its first change through bijeen makes the
	 * row with version 1, so a copy cached at 0 is then replaced. Changes made directly in the database are
	 * seen after the cache's time to live, with or without a row.
	 */
	long current(Long eventId) {
		return this.jdbc.sql("select version from registration_context_version where event_id = ?")
			.param(eventId)
			.query(Long.class)
			.optional()
			.orElse(0L);
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
