package nl.bijeen.events;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers former slugs so that old links keep working after a rename.
 */
@Component
public class EventSlugHistory {

	private final JdbcClient jdbc;

	EventSlugHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void remember(String formerSlug, long eventId) {
		this.jdbc.sql("delete from event_slug_history where slug = :slug").param("slug", formerSlug).update();
		this.jdbc.sql("insert into event_slug_history (slug, event_id) values (:slug, :id)")
			.param("slug", formerSlug)
			.param("id", eventId)
			.update();
	}

	public boolean isTaken(String slug) {
		return this.jdbc.sql("select count(*) from event_slug_history where slug = :slug")
			.param("slug", slug)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Forgets a former slug that is now used by an event of its own.
	 */
	public void release(String slug) {
		this.jdbc.sql("delete from event_slug_history where slug = :slug").param("slug", slug).update();
	}

}
