package nl.bijeen.rights;

import java.util.List;

/**
 * An account's place: its organisation (none for platform administrators), its role and the events given to it.
 */
public record Membership(long accountId, Long organisationId, Role role, List<Grant> grants) {

	/** One event given to an account in a role. */
	public record Grant(long eventId, Role role) {
	}

}
