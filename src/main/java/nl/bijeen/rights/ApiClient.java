package nl.bijeen.rights;

import java.util.Set;

/**
 * The principal of an API call made with a token: the token belongs to an organisation (none: a platform
 * administrator's token) and carries scopes.
 */
public record ApiClient(long tokenId, long accountId, Long organisationId, Set<Scope> scopes) {

	@Override
	public String toString() {
		return "api-token-" + this.tokenId;
	}

}
