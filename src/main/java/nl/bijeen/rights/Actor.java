package nl.bijeen.rights;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who is asking, with what rights: an account signed in to the workbench, or an API token acting for its
 * organisation.
 * @param accountId the account (of the token's creator for an API call); {@code null} for nobody
 * @param organisationId the organisation the account or token belongs to; {@code null} for platform administrators
 * @param role the role; {@code null} for nobody and for accounts without a role yet
 * @param grants per event id the roles given for it
 * @param scopes what an API token may do; every scope for a signed-in account
 * @param token whether this is an API call with a token
 */
public record Actor(Long accountId, Long organisationId, Role role, Map<Long, Set<Role>> grants, Set<Scope> scopes,
		boolean token) {

	/** Nobody signed in. */
	public static final Actor NOBODY = new Actor(null, null, null, Map.of(), Set.of(), false);

	public boolean signedIn() {
		return this.accountId != null || this.token;
	}

	public boolean platformAdmin() {
		return this.role == Role.PLATFORM_ADMIN;
	}

	/** An administrator of an organisation (the platform administrator is not one). */
	public boolean organisationAdmin() {
		return this.role == Role.ORGANISATION_ADMIN && this.organisationId != null;
	}

	public boolean has(Scope scope) {
		return this.scopes.contains(scope);
	}

	/** Whether the account was given this role for this event. */
	public boolean granted(long eventId, Role role) {
		return this.grants.getOrDefault(eventId, Set.of()).contains(role);
	}

	static Set<Scope> allScopes() {
		return EnumSet.allOf(Scope.class);
	}

}
