package nl.bijeen.registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants with a place at an event (status CONFIRMED: not waiting, not awaiting approval, not
 * cancelled or refused; and whose data was not erased), for what organisers print: badges and presence lists. They are handed over one by
 * one in name order, read from a database cursor a fetch of {@value #FETCH_SIZE} rows at a time (PostgreSQL
 * streams inside the read-only transaction of {@link #each}), so a list of any size is never held in memory.
 */
@Service
public class ParticipantsWithPlace {

	static final int FETCH_SIZE = 200;

	private final JdbcClient streaming;

	private final JdbcClient jdbc;

	ParticipantsWithPlace(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(template);
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * Hands the selected participants one by one to the consumer, by name (then by registration), each with the
	 * sessions they hold a place in.
	 * @return how many were handed over
	 */
	@Transactional(readOnly = true)
	public long each(PlaceSelection selection, Consumer<ParticipantWithPlace> consumer) {
		if (selection.registrationIds() != null && selection.registrationIds().isEmpty()) {
			return 0;
		}
		Map<String, Object> params = new HashMap<>();
		String where = where(selection, params);
		// One row per session held (or one without a session); the rows of a registration are adjacent.
		String sql = "select r.id, r.name, r.organisation, c.session_id from registration r "
				+ "left join registration_choice c on c.registration_id = r.id and c.status = 'CONFIRMED'" + where
				+ " order by lower(r.name), r.id";
		Collector collector = new Collector(consumer);
		this.streaming.sql(sql).params(params).query(rs -> {
			long session = rs.getLong(4);
			Long held = rs.wasNull() ? null : session;
			collector.row(rs.getLong(1), rs.getString(2), rs.getString(3), held);
		});
		return collector.finish();
	}

	/**
	 * How many participants the selection holds now.
	 */
	@Transactional(readOnly = true)
	public long count(PlaceSelection selection) {
		if (selection.registrationIds() != null && selection.registrationIds().isEmpty()) {
			return 0;
		}
		Map<String, Object> params = new HashMap<>();
		String where = where(selection, params);
		return this.jdbc.sql("select count(*) from registration r" + where).params(params).query(Long.class).single();
	}

	private static String where(PlaceSelection selection, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(
				" where r.event_id = :event and r.status = 'CONFIRMED' and r.pseudonymised_at is null");
		params.put("event", selection.eventId());
		if (selection.sessionId() != null) {
			params.put("session", selection.sessionId());
			where.append(" and exists (select 1 from registration_choice x where x.registration_id = r.id ")
				.append("and x.session_id = :session and x.status = 'CONFIRMED')");
		}
		if (selection.search() != null && !selection.search().isBlank()) {
			params.put("search", ParticipantSearch.pattern(selection.search()));
			where.append(" and ").append(ParticipantSearch.CONDITION);
		}
		if (selection.registrationIds() != null) {
			params.put("ids", selection.registrationIds());
			where.append(" and r.id in (:ids)");
		}
		return where.toString();
	}


	/** Gathers the adjacent rows of one registration into one participant; holds one at a time. */
	private static final class Collector {

		private final Consumer<ParticipantWithPlace> consumer;

		private Long id;

		private String name;

		private String organisation;

		private List<Long> sessions = new ArrayList<>();

		private long count;

		Collector(Consumer<ParticipantWithPlace> consumer) {
			this.consumer = consumer;
		}

		void row(long id, String name, String organisation, Long session) {
			if (this.id == null || this.id != id) {
				finish();
				this.id = id;
				this.name = name;
				this.organisation = organisation;
				this.sessions = new ArrayList<>();
			}
			if (session != null) {
				this.sessions.add(session);
			}
		}

		long finish() {
			if (this.id != null) {
				this.consumer.accept(new ParticipantWithPlace(this.id, this.name, this.organisation, List.copyOf(this.sessions)));
				this.count++;
				this.id = null;
			}
			return this.count;
		}

	}

}
