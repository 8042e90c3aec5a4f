package nl.bijeen.accounts;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hourly clean-up: failed sign-ins older than the window, and password links used or expired a day ago.
 * Safe on several instances at once (plain deletes).
 */
@Component
class AccountJobs {

	private final SignInThrottle throttle;

	private final PasswordLinks links;

	AccountJobs(SignInThrottle throttle, PasswordLinks links) {
		this.throttle = throttle;
		this.links = links;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	void cleanUp() {
		this.throttle.forgetOld();
		this.links.purge(SignInThrottle.now().minusDays(1));
	}

}
