package nl.bijeen.accounts;

import java.time.LocalDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends every session of an account at once, on every instance: the account gets a "sessions valid after"
 * moment that each request of a signed-in organiser is checked against ({@link AccountSessionFilter}). Works
 * with any session store. Call it when an account's rights change.
 */
@Service
public class AccountSessions {

	private final AccountStore store;

	AccountSessions(AccountStore store) {
		this.store = store;
	}

	/**
	 * Ends the account's sessions signed in before now.
	 */
	@Transactional
	public void endAll(long accountId) {
		this.store.endSessions(accountId, SignInThrottle.now());
	}

	/**
	 * Ends the sessions of the account with this user name, if there is one.
	 */
	@Transactional
	public void endAll(String username) {
		this.store.byUsername(username).ifPresent(account -> endAll(account.id()));
	}

	static LocalDateTime now() {
		return SignInThrottle.now();
	}

}
