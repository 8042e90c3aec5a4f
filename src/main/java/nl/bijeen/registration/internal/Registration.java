package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.util.Locale;

import nl.bijeen.registration.Attendance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One person's registration for one event. Only the SHA-256 hash of the personal link token is stored.
 * Status changes go through conditional updates in {@link Registrations}, never through a blind save.
 */
@Table("registration")
public record Registration(@Id Long id, Long eventId, String tokenHash, String email, String name,
		String organisation, String jobTitle, String locale, Attendance attendance, RegistrationStatus status,
		LocalDateTime waitlistedAt, LocalDateTime offerExpiresAt, boolean newsletterOptIn, LocalDateTime consentAt,
		String registerName, String registrationNumber, String idempotencyKey, LocalDateTime reminderSentAt,
		LocalDateTime onlineLinkSentAt, LocalDateTime createdAt, LocalDateTime updatedAt,
		LocalDateTime cancelledAt, @Version Integer version) {

	/**
	 * A new registration from validated details.
	 */
	public static Registration create(Long eventId, String tokenHash, Applicant who, RegistrationStatus status,
			String idempotencyKey, LocalDateTime now) {
		return new Registration(null, eventId, tokenHash, who.email(), who.name(), who.organisation(),
				who.jobTitle(), who.locale().toLanguageTag(), who.attendance(), status,
				status == RegistrationStatus.WAITLISTED ? now : null, null, who.newsletterOptIn(), now,
				who.registerName(), who.registrationNumber(), idempotencyKey, null, null, now, now, null, null);
	}

	/**
	 * This (cancelled or rejected) registration made active again with new details.
	 */
	public Registration reactivated(String newTokenHash, Applicant who, RegistrationStatus newStatus,
			String newIdempotencyKey, LocalDateTime now) {
		return new Registration(this.id, this.eventId, newTokenHash, who.email(), who.name(), who.organisation(),
				who.jobTitle(), who.locale().toLanguageTag(), who.attendance(), newStatus,
				newStatus == RegistrationStatus.WAITLISTED ? now : null, null, who.newsletterOptIn(), now,
				who.registerName(), who.registrationNumber(), newIdempotencyKey, null, null, this.createdAt, now,
				null, this.version);
	}

	/**
	 * This registration as stored under the given id.
	 */
	Registration withId(Long newId) {
		return new Registration(newId, this.eventId, this.tokenHash, this.email, this.name, this.organisation,
				this.jobTitle, this.locale, this.attendance, this.status, this.waitlistedAt, this.offerExpiresAt,
				this.newsletterOptIn, this.consentAt, this.registerName, this.registrationNumber, this.idempotencyKey,
				this.reminderSentAt, this.onlineLinkSentAt, this.createdAt, this.updatedAt, this.cancelledAt, 0);
	}

	public Locale preferredLocale() {
		return Locale.forLanguageTag(this.locale);
	}

}
