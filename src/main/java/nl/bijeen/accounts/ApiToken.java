package nl.bijeen.accounts;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A bearer token with which scripts use the write API on behalf of an account. Only the SHA-256 hash
 * of the token is stored.
 */
@Table("api_token")
public record ApiToken(@Id Long id, Long accountId, String name, String tokenHash, LocalDateTime createdAt,
		LocalDateTime lastUsedAt, boolean revoked, @Version Integer version) {

}
