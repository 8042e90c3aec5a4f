package nl.bijeen.registration.admin;

import java.util.HashMap;
import java.util.Map;

import nl.bijeen.registration.ParticipantSearch;

/**
 * The SQL of a participant list: the fixed columns, per round the session chosen and its status and per
 * question the answer (correlated subqueries, so that one row is one registration and an export can
 * stream), the filters and the order. Every value is a bound parameter; only generated names are spliced.
 */
final class ParticipantSql {

	private static final String FIXED = "r.id, r.name, r.email, r.organisation, r.job_title, r.status, r.attendance, "
			+ "r.created_at, r.waitlisted_at, r.register_name, r.registration_number";

	private final StringBuilder where = new StringBuilder(" from registration r where r.event_id = :eventId");

	private final Map<String, Object> params = new HashMap<>();

	private final String columns;

	private final String orderBy;

	ParticipantSql(ParticipantCriteria criteria, Columns extra) {
		this.params.put("eventId", criteria.eventId());
		StringBuilder select = new StringBuilder(FIXED);
		for (int i = 0; i < extra.rounds().size(); i++) {
			this.params.put("part" + i, extra.rounds().get(i).id());
			String choice = " from registration_choice c where c.registration_id = r.id and c.part_id = :part" + i + ")";
			select.append(", (select c.session_id").append(choice).append(" as session_").append(i);
			select.append(", (select c.status").append(choice).append(" as choice_").append(i);
		}
		for (int i = 0; i < extra.questions().size(); i++) {
			this.params.put("question" + i, extra.questions().get(i).id());
			select.append(", (select a.answer from registration_answer a where a.registration_id = r.id ")
				.append("and a.question_id = :question").append(i).append(") as answer_").append(i);
		}
		this.columns = select.toString();
		filter(criteria);
		this.orderBy = order(criteria);
	}

	private void filter(ParticipantCriteria criteria) {
		if (criteria.search() != null && !criteria.search().isBlank()) {
			this.params.put("search", ParticipantSearch.pattern(criteria.search()));
			this.where.append(" and ").append(ParticipantSearch.CONDITION);
		}
		if (criteria.status() != null) {
			this.params.put("status", criteria.status().name());
			this.where.append(" and r.status = :status");
		}
		if (criteria.sessionId() != null) {
			this.params.put("sessionId", criteria.sessionId());
			this.where.append(" and exists (select 1 from registration_choice x where x.registration_id = r.id ")
				.append("and x.session_id = :sessionId");
			if (criteria.choiceStatus() != null) {
				this.params.put("choiceStatus", criteria.choiceStatus().name());
				this.where.append(" and x.status = :choiceStatus");
			}
			this.where.append(")");
		}
	}

	private static String order(ParticipantCriteria criteria) {
		if (criteria.sort() == ParticipantSort.WAITING && criteria.sessionId() != null) {
			return " order by (select x.waitlisted_at from registration_choice x where x.registration_id = r.id "
					+ "and x.session_id = :sessionId), r.id";
		}
		return " order by " + (criteria.sort() == null ? ParticipantSort.NAME : criteria.sort()).orderBy();
	}


	String select(ParticipantCriteria criteria) {
		String sql = "select " + this.columns + this.where + this.orderBy;
		if (criteria.paged()) {
			this.params.put("limit", criteria.size());
			this.params.put("offset", (long) criteria.page() * criteria.size());
			sql += " limit :limit offset :offset";
		}
		return sql;
	}

	String count() {
		return "select count(*)" + this.where;
	}

	Map<String, Object> params() {
		return this.params;
	}

}
