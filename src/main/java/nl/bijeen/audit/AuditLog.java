package nl.bijeen.audit;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import nl.bijeen.rights.Actor;
import nl.bijeen.rights.Rights;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who did what with participants' personal data, and sign-ins. Call it from every screen, export
 * and API endpoint that shows, exports or changes participants' data; who and from which address are taken
 * from the current request.
 */
@Service
public class AuditLog {

	private final AuditEntries entries;

	private final Rights rights;

	AuditLog(AuditEntries entries, Rights rights) {
		this.entries = entries;
		this.rights = rights;
	}

	/**
	 * Records an action of the signed-in user in the current request.
	 * @param eventId the event whose participants it concerns
	 * @param subject what within the event (e.g. {@code registration 12}), or {@code null}
	 * @param detail more (e.g. the search), or {@code null}
	 */
	@Transactional
	public void record(AuditAction action, Long eventId, String subject, String detail) {
		this.entries.add(now(), actor(), this.rights.current().organisationId(), action, eventId, subject, detail,
				address());
	}

	/**
	 * Records an action of the given user (when not in their request, e.g. from an event).
	 */
	@Transactional
	public void recordFor(String actor, Long accountId, String address, AuditAction action, Long eventId,
			String subject, String detail, LocalDateTime at) {
		Long organisation = (accountId != null)
				? this.rights.ofAccount(accountId).map(Actor::organisationId).orElse(null) : null;
		this.entries.add((at != null) ? at : now(), actor, organisation, action, eventId, subject, detail, address);
	}

	/**
	 * A page of the part of the log the current account may read, newest first.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> page(Long eventId, AuditAction action, Long beforeId, int limit) {
		return this.entries.page(scope(), eventId, action, beforeId, limit);
	}

	private AuditScope scope() {
		Actor reader = this.rights.current();
		if (reader.platformAdmin()) {
			return AuditScope.ALL;
		}
		return new AuditScope(false, reader.organisationId(), this.rights.visibleEvents(reader).eventIds());
	}

	static LocalDateTime now() {
		return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null || authentication instanceof AnonymousAuthenticationToken) ? null
				: authentication.getName();
	}

	private static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
