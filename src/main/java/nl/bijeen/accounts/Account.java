package nl.bijeen.accounts;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organiser or administrator who signs in to the workbench.
 */
@Table("account")
public record Account(@Id Long id, String username, String passwordHash, String displayName, Role role,
		boolean enabled, LocalDateTime createdAt, @Version Integer version) {

	public enum Role {
		ADMIN, ORGANISER
	}

	public static Account create(String username, String passwordHash, String displayName, Role role) {
		return new Account(null, username, passwordHash, displayName, role, true, LocalDateTime.now(), null);
	}

}
