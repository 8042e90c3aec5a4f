package nl.bijeen.audit;

import nl.bijeen.accounts.AccountSignedIn;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes each sign-in to the audit log.
 */
@Component
class SignInAuditor {

	private final AuditLog log;

	SignInAuditor(AuditLog log) {
		this.log = log;
	}

	@ApplicationModuleListener
	void on(AccountSignedIn signedIn) {
		this.log.recordFor(signedIn.username(), signedIn.accountId(), signedIn.address(), AuditAction.SIGN_IN, null, null,
				signedIn.twoFactor() ? "2FA" : null, signedIn.at());
	}

}
