package nl.bijeen.accounts;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

import nl.bijeen.mail.Outbox;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting passwords: changing one's own, through a link from an invitation or a reset mail, and asking for
 * such a link. Setting a password ends the account's other sessions.
 */
@Service
class Passwords {

	private final AccountStore store;

	private final PasswordLinks links;

	private final PasswordEncoder encoder;

	private final AccountMails mails;

	private final Outbox outbox;

	private final AccountPolicyProperties properties;

	Passwords(AccountStore store, PasswordLinks links, PasswordEncoder encoder, AccountMails mails, Outbox outbox,
			AccountPolicyProperties properties) {
		this.store = store;
		this.links = links;
		this.encoder = encoder;
		this.mails = mails;
		this.outbox = outbox;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public boolean matches(String username, String password) {
		return password != null && this.store.byUsername(username)
			.flatMap(account -> hash(account.id()))
			.map(hash -> this.encoder.matches(password, hash))
			.orElse(false);
	}

	/**
	 * Sets a new password for the signed-in account.
	 * @return the moment from which sessions count; the caller's own session should be renewed to it
	 */
	@Transactional
	public LocalDateTime change(String username, String password) {
		AccountStatus account = this.store.byUsername(username).orElseThrow();
		LocalDateTime now = SignInThrottle.now();
		this.store.setPassword(account.id(), this.encoder.encode(password), now);
		this.links.revokeAll(account.id(), now);
		return now;
	}

	/**
	 * The account a link is for, while the link can be used.
	 */
	@Transactional(readOnly = true)
	public Optional<AccountStatus> accountOfLink(String token) {
		return this.links.find(token).flatMap(link -> this.store.byId(link.accountId())).filter(AccountStatus::enabled);
	}

	/**
	 * Sets the password through a link, which then no longer works.
	 * @return the account, or empty when the link was used, expired or never existed
	 */
	@Transactional
	public Optional<AccountStatus> setWithLink(String token, String password) {
		Optional<AccountStatus> account = this.links.use(token)
			.flatMap(link -> this.store.byId(link.accountId()))
			.filter(AccountStatus::enabled);
		account.ifPresent(a -> {
			LocalDateTime now = SignInThrottle.now();
			this.store.setPassword(a.id(), this.encoder.encode(password), now);
			this.links.revokeAll(a.id(), now);
		});
		return account;
	}

	/**
	 * Mails a reset link when an enabled account has this address. Whether it has or not is not told, and at
	 * most a few mails an hour go to one address.
	 */
	@Transactional
	public void requestReset(String email, Locale locale) {
		this.store.byEmail(email).filter(AccountStatus::enabled).ifPresent(account -> {
			if (this.outbox.countRecent(account.email(), java.time.Duration.ofHours(1)) >= this.properties
				.getResetMailsPerHour()) {
				return;
			}
			String token = this.links.issue(account.id(), PasswordLinks.Purpose.RESET, this.properties.getResetValidity());
			this.mails.reset(account, token, this.properties.getResetValidity().toMinutes(), locale);
		});
	}

	private Optional<String> hash(long id) {
		return this.store.passwordHash(id);
	}

}
