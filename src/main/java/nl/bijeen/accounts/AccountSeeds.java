package nl.bijeen.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import nl.bijeen.rights.Memberships;
import nl.bijeen.rights.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts for seeding (the demo content): with a role in an organisation and a generated one-time
 * password, which the caller prints once, like the first administrator's.
 */
@Service
public class AccountSeeds {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final Memberships memberships;

	AccountSeeds(Accounts accounts, PasswordEncoder passwordEncoder, Memberships memberships) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.memberships = memberships;
	}

	/** An account created with its password in plain text (shown once). */
	public record Created(long accountId, String username, String password) {
	}

	/**
	 * Creates an account with a generated password and gives it a role in an organisation; nothing when an
	 * account with that user name exists.
	 */
	@Transactional
	public Optional<Created> create(String username, String displayName, long organisationId, Role role) {
		if (this.accounts.findByUsername(username).isPresent()) {
			return Optional.empty();
		}
		String password = generatedPassword();
		Account account = this.accounts.save(
				Account.create(username, this.passwordEncoder.encode(password), displayName, Account.Role.ORGANISER));
		this.memberships.assign(account.id(), organisationId, role);
		return Optional.of(new Created(account.id(), username, password));
	}

	static String generatedPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
