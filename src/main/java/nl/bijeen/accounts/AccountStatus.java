package nl.bijeen.accounts;

import java.time.LocalDateTime;

/**
 * What the sign-in checks need to know of an account, read on every request of a signed-in organiser.
 *
 * @param passwordChangedAt when the account's own password was last set; {@code null}: invited, never set
 * @param sessionsValidAfter sessions signed in before this moment have ended; may be {@code null}
 * @param twoFactor whether the account signs in with an authenticator app
 */
public record AccountStatus(long id, String username, String displayName, String email, Account.Role role,
		boolean enabled, boolean mustChangePassword, LocalDateTime passwordChangedAt, LocalDateTime sessionsValidAfter,
		boolean twoFactor) {

	public boolean administrator() {
		return this.role == Account.Role.ADMIN;
	}

	/**
	 * Whether a session signed in at the given moment still counts.
	 */
	public boolean sessionValid(LocalDateTime signedInAt) {
		return this.enabled && (this.sessionsValidAfter == null
				|| (signedInAt != null && !signedInAt.isBefore(this.sessionsValidAfter)));
	}

	public boolean invited() {
		return this.passwordChangedAt == null && !this.mustChangePassword;
	}

}
