package nl.bijeen.search;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Periodic work one instance does for all (table {@code scheduled_run}, a row per kind of work): a run is claimed
 * by a conditional update of the row's {@code last_run}, which one instance wins per interval whatever the number
 * of instances asking at once (the database orders the updates of one row).
 */
@Component
class ScheduledRuns {

	private final JdbcClient jdbc;

	ScheduledRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the run of this work now when its last run (on any instance) is at least {@code interval} ago.
	 * @return whether this instance should do it
	 */
	boolean claim(String name, Instant now, Duration interval) {
		return this.jdbc.sql("update scheduled_run set last_run = :now where name = :name and last_run <= :due")
			.param("now", at(now))
			.param("name", name)
			.param("due", at(now.minus(interval)))
			.update() == 1;
	}

	/** Records a run done now outside the schedule (at start), so that the next is due an interval later. */
	void ran(String name, Instant now) {
		this.jdbc.sql("update scheduled_run set last_run = :now where name = :name and last_run < :now")
			.param("now", at(now))
			.param("name", name)
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
