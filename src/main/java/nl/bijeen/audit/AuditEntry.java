package nl.bijeen.audit;

import java.time.LocalDateTime;

/**
 * One line of the audit log.
 *
 * @param actor the user name of who did it ({@code null}: not signed in)
 * @param eventId the event it was about, if any
 * @param subject what it was about within the event (e.g. a registration number), if anything
 * @param detail more about it (e.g. the search that was exported)
 * @param clientAddress the client address the request came from
 */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, AuditAction action, Long eventId,
		String subject, String detail, String clientAddress) {

}
