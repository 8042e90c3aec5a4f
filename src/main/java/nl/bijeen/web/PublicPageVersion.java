package nl.bijeen.web;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every instance's rendered public pages in step through one version row in the database: a change
 * on this instance clears its pages at once and is published by raising the version at the next poll;
 * every instance polls the version (every {@code bijeen.public.page-version-poll-interval}, 500 ms by
 * default) and clears its pages when it moved. So a change through any instance shows on all within about a
 * second, and a rush of changes costs at most one small update per poll per instance. Works on PostgreSQL
 * and H2 alike.
 */
@Component
class PublicPageVersion {

	private static final Logger log = LoggerFactory.getLogger(PublicPageVersion.class);

	private final PageCache cache;

	private final JdbcClient jdbc;

	private final AtomicBoolean changed = new AtomicBoolean();

	private volatile long seen = -1;

	PublicPageVersion(PageCache cache, JdbcClient jdbc) {
		this.cache = cache;
		this.jdbc = jdbc;
	}

	/** Something public pages show has changed (and is committed) on this instance. */
	@EventListener
	void changed(PublicContentChanged change) {
		if (log.isDebugEnabled()) {
			log.debug("Public pages changed: {}", change);
		}
		this.changed.set(true);
		this.cache.clear();
	}

	@Scheduled(fixedDelayString = "${bijeen.public.page-version-poll-interval:500ms}")
	void poll() {
		try {
			if (this.changed.getAndSet(false)) {
				this.jdbc.sql("update public_page_version set version = version + 1 where id = 1").update();
			}
			long version = this.jdbc.sql("select version from public_page_version where id = 1").query(Long.class)
				.single();
			if (version != this.seen) {
				if (this.seen != -1) {
					log.debug("Public pages' version moved to {}: clearing", version);
					this.cache.clear();
				}
				this.seen = version;
			}
		}
		catch (RuntimeException ex) {
			// The database is out of reach: keep nothing that may be stale, and try again at the next poll.
			this.cache.clear();
			log.debug("Could not poll the public pages' version", ex);
		}
	}

}
