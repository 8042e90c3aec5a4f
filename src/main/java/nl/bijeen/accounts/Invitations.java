package nl.bijeen.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import nl.bijeen.common.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators invite people by mail: the account is made at once (its user name is the address) with a
 * password nobody knows, and the mail carries a one-time link to set one.
 */
@Service
class Invitations {

	/** The address already belongs to an account. */
	static class AddressTaken extends RuntimeException {

		AddressTaken() {
			super("address taken");
		}

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Accounts accounts;

	private final AccountStore store;

	private final PasswordLinks links;

	private final PasswordEncoder encoder;

	private final AccountMails mails;

	private final AccountPolicyProperties properties;

	Invitations(Accounts accounts, AccountStore store, PasswordLinks links, PasswordEncoder encoder, AccountMails mails,
			AccountPolicyProperties properties) {
		this.accounts = accounts;
		this.store = store;
		this.links = links;
		this.encoder = encoder;
		this.mails = mails;
		this.properties = properties;
	}

	/**
	 * Makes the account and mails the invitation.
	 * @param organisationId the organisation the account is going to join, named in the outbox; may be {@code null}
	 */
	@Transactional
	public AccountStatus invite(String email, String displayName, Account.Role role, String inviter,
			Long organisationId, Locale locale) {
		String address = AccountStore.normalise(email);
		if (this.store.byEmail(address).isPresent() || this.accounts.findByUsername(address).isPresent()) {
			throw new AddressTaken();
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		Account account = this.accounts.save(Account.create(address,
				this.encoder.encode(Base64.getEncoder().encodeToString(bytes)), displayName.strip(), role));
		this.store.setEmail(account.id(), address);
		AccountStatus status = this.store.byId(account.id()).orElseThrow();
		send(status, inviter, organisationId, locale);
		return status;
	}

	/**
	 * Sends a new invitation to an account that has not set its password yet; the earlier link stops working.
	 */
	@Transactional
	public void resend(long id, String inviter, Locale locale) {
		AccountStatus account = this.store.byId(id)
			.filter(a -> a.invited() && a.email() != null)
			.orElseThrow(() -> new NotFoundException("No invited account " + id));
		send(account, inviter, null, locale);
	}

	private void send(AccountStatus account, String inviter, Long organisationId, Locale locale) {
		String token = this.links.issue(account.id(), PasswordLinks.Purpose.INVITATION,
				this.properties.getInvitationValidity());
		this.mails.invitation(account, token, Math.max(1, this.properties.getInvitationValidity().toDays()), inviter,
				organisationId, locale);
	}

}
