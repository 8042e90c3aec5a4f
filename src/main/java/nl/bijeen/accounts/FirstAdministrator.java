package nl.bijeen.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when no account exists yet: from configuration, or with a one-time
 * password that is printed once to the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountsProperties properties;

	private final AccountStore store;

	FirstAdministrator(Accounts accounts, PasswordEncoder passwordEncoder, AccountsProperties properties,
			AccountStore store) {
		this.accounts = accounts;
		this.store = store;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		String password = this.properties.getPassword();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			byte[] bytes = new byte[15];
			new SecureRandom().nextBytes(bytes);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		Account admin = this.accounts.save(Account.create(this.properties.getUsername(),
				this.passwordEncoder.encode(password), this.properties.getDisplayName(), Account.Role.ADMIN));
		if (generated) {
			// A password that went through the log must be replaced at the first sign-in.
			this.store.requirePasswordChange(admin.id());
			log.warn("""

					====================================================================
					 bijeen: first administrator created
					   user name: {}
					   password:  {}
					 This one-time password is shown only now. Sign in at /login
					 and choose a password of your own at once.
					====================================================================""",
					this.properties.getUsername(), password);
		}
		else {
			log.info("bijeen: first administrator '{}' created from configuration", this.properties.getUsername());
		}
	}

}
