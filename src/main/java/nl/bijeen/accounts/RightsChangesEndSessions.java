package nl.bijeen.accounts;

import nl.bijeen.rights.AccountRightsChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an account's role, organisation, events or enabled state change, its sessions end at once (in the
 * change's transaction, so on every instance): it signs in again with its new rights.
 */
@Component
class RightsChangesEndSessions {

	private final AccountSessions sessions;

	RightsChangesEndSessions(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void on(AccountRightsChanged changed) {
		this.sessions.endAll(changed.accountId());
	}

}
