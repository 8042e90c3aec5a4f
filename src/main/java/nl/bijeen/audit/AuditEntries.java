package nl.bijeen.audit;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored audit log, newest first, written and read with plain SQL.
 */
@Repository
class AuditEntries {

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(LocalDateTime at, String actor, Long organisationId, AuditAction action, Long eventId, String subject,
			String detail, String address) {
		this.jdbc
			.sql("insert into audit_entry (occurred_at, actor, organisation_id, action, event_id, subject, detail,"
					+ " client_address) values (:at, :actor, :organisation, :action, :event, :subject, :detail, :address)")
			.param("organisation", organisationId)
			.param("at", at)
			.param("actor", cut(actor, 200))
			.param("action", action.name())
			.param("event", eventId)
			.param("subject", cut(subject, 300))
			.param("detail", cut(detail, 1000))
			.param("address", cut(address, 100))
			.update();
	}

	/**
	 * Entries older than {@code beforeId} (all when {@code null}), of one event and one action when given,
	 * within what the reader may see: everything, or what an organisation's accounts did and what was done
	 * with the participants of the given events.
	 */
	List<AuditEntry> page(AuditScope scope, Long eventId, AuditAction action, Long beforeId, int limit) {
		String within = scope.everything() ? ""
				: " and (organisation_id = :organisation or event_id in (:events))";
		var statement = this.jdbc
			.sql("select id, occurred_at, actor, action, event_id, subject, detail, client_address from audit_entry"
					+ " where (cast(:event as bigint) is null or event_id = :event)"
					+ " and (cast(:action as varchar) is null or action = :action)"
					+ " and (cast(:before as bigint) is null or id < :before)" + within
					+ " order by id desc limit :limit");
		if (!scope.everything()) {
			statement = statement.param("organisation", scope.organisationId())
				.param("events", scope.eventIds().isEmpty() ? List.of(-1L) : List.copyOf(scope.eventIds()));
		}
		return statement
			.param("event", eventId)
			.param("action", (action != null) ? action.name() : null)
			.param("before", beforeId)
			.param("limit", limit)
			.query((rs, row) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
					AuditAction.valueOf(rs.getString(4)), (Long) rs.getObject(5, Long.class), rs.getString(6),
					rs.getString(7), rs.getString(8)))
			.list();
	}

	int deleteBefore(LocalDateTime before) {
		return this.jdbc.sql("delete from audit_entry where occurred_at < :before").param("before", before).update();
	}

	private static String cut(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
