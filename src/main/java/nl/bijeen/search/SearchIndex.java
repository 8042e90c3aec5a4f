package nl.bijeen.search;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bijeen.web.PublicContentChanged;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the table {@code search_document} equal to the documents {@link SearchDocuments} builds from events,
 * articles, people and organisations: new and changed ones are written (on PostgreSQL only those that differ,
 * so the database recomputes few full-text vectors), those gone are removed. It runs shortly after a change
 * made through this instance ({@link PublicContentChanged} naming one of {@link #SOURCES}), at the start of each
 * instance (a new version may build other documents), and every {@code bijeen.search.reconcile-interval} on one
 * instance for all: the run is claimed in {@code scheduled_run} ({@link ScheduledRuns}), and a start counts as a
 * run. The table is shared, so every instance answers the same; two instances reconciling at once write the same
 * rows (PostgreSQL's upsert), and a lost race is tried again at the next tick.
 */
@Component
class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/** The modules whose data the documents are made of. */
	private static final String[] SOURCES = { "events", "programme", "people", "content", "materials" };

	/** The periodic reconcile's row in {@code scheduled_run}. */
	static final String RECONCILE = "search-reconcile";

	private static final String COLUMNS = "kind, id, slug, title, body, at, ends_at";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SearchProperties properties;

	private final Search search;

	private final ScheduledRuns runs;

	private final Clock clock = Clock.systemUTC();

	private final AtomicBoolean changed = new AtomicBoolean(true);

	private volatile Instant last = Instant.EPOCH;

	SearchIndex(JdbcClient jdbc, TransactionTemplate transactions, SearchProperties properties, Search search,
			ScheduledRuns runs) {
		this.runs = runs;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
		this.search = search;
	}

	/**
	 * Something documents are made of has changed (and is committed): an event, programme part, session, person,
	 * organisation, article or file; catch up at the next tick. Registrations, check-ins and mail are not heard.
	 */
	@EventListener
	void changed(PublicContentChanged change) {
		if (change.concerns(SOURCES)) {
			this.changed.set(true);
		}
	}

	@Scheduled(fixedDelayString = "${bijeen.search.catch-up-delay:500ms}")
	void tick() {
		try {
			if (this.changed.getAndSet(false)) {
				boolean first = this.last.equals(Instant.EPOCH);
				reconcile();
				if (first) {
					this.runs.ran(RECONCILE, this.last);
				}
			}
			else {
				reconcileIfDue();
			}
		}
		catch (DataIntegrityViolationException ex) {
			log.debug("Another instance wrote the same search documents; again at the next tick", ex);
			this.changed.set(true);
		}
	}

	/**
	 * The periodic reconcile: when this instance has not reconciled for an interval, it claims the run in
	 * {@code scheduled_run}, so that one instance does it per interval for all.
	 * @return whether this instance reconciled
	 */
	boolean reconcileIfDue() {
		Instant now = this.clock.instant();
		if (!now.isAfter(this.last.plus(this.properties.getReconcileInterval()))) {
			return false;
		}
		this.last = now;
		if (!this.runs.claim(RECONCILE, now, this.properties.getReconcileInterval())) {
			return false;
		}
		reconcile();
		return true;
	}

	/** Brings every document up to date now; returns how many rows were written or removed. */
	synchronized int reconcile() {
		Instant started = this.clock.instant();
		Integer rows = this.transactions.execute(status -> write() + this.jdbc.sql("delete from search_document s"
				+ " where not exists (select 1 from (" + SearchDocuments.ids() + ") d where d.kind = s.kind and d.id = s.id)")
			.update());
		this.last = started;
		if (log.isDebugEnabled()) {
			log.debug("Search documents reconciled: {} rows written or removed", rows);
		}
		return rows == null ? 0 : rows;
	}

	private int write() {
		String documents = "select " + COLUMNS + " from (" + SearchDocuments.sql(this.search.isFullText()) + ") d";
		if (this.search.isFullText()) {
			return this.jdbc.sql("insert into search_document (" + COLUMNS + ") " + documents
					+ " on conflict (kind, id) do update set slug = excluded.slug, title = excluded.title,"
					+ " body = excluded.body, at = excluded.at, ends_at = excluded.ends_at"
					+ " where (search_document.slug, search_document.title, search_document.body, search_document.at,"
					+ " search_document.ends_at) is distinct from (excluded.slug, excluded.title, excluded.body,"
					+ " excluded.at, excluded.ends_at)")
				.update();
		}
		return this.jdbc.sql("merge into search_document (" + COLUMNS + ") key (kind, id) " + documents).update();
	}

}
