package nl.bijeen.accounts;

import java.time.LocalDateTime;
import java.util.Set;

import nl.bijeen.rights.Scope;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A bearer token with which scripts use the API on behalf of an organisation (none: a platform administrator's
 * token), within its scopes and until it expires. Only the SHA-256 hash of the token is stored.
 */
@Table("api_token")
public record ApiToken(@Id Long id, Long accountId, String name, String tokenHash, LocalDateTime createdAt,
		LocalDateTime lastUsedAt, boolean revoked, Long organisationId, String scopes, LocalDateTime expiresAt,
		@Version Integer version) {

	/** The scopes as a set. */
	public Set<Scope> scopeSet() {
		return Scope.parse(this.scopes);
	}

	/** Whether the token has expired at the given time. */
	public boolean expiredAt(LocalDateTime now) {
		return this.expiresAt != null && !now.isBefore(this.expiresAt);
	}

	ApiToken revoke() {
		return new ApiToken(this.id, this.accountId, this.name, this.tokenHash, this.createdAt, this.lastUsedAt, true,
				this.organisationId, this.scopes, this.expiresAt, this.version);
	}

}
