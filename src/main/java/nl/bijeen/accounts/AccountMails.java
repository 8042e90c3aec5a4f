package nl.bijeen.accounts;

import java.util.Locale;

import nl.bijeen.mail.Outbox;
import nl.bijeen.mail.OutgoingMail;
import nl.bijeen.rights.Membership;
import nl.bijeen.rights.Memberships;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of accounts: an invitation and a password reset link. Queued in the outbox in the caller's
 * transaction, in the language of the request that caused them, with the account's organisation, so that its
 * administrators see them in the outbox.
 */
@Component
class AccountMails {

	private final Outbox outbox;

	private final MessageSource messages;

	private final Memberships memberships;

	private final String baseUrl;

	AccountMails(Outbox outbox, MessageSource messages, Memberships memberships,
			@Value("${bijeen.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.memberships = memberships;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Mails an invitation.
	 * @param organisationId the organisation the account joins ({@code null}: the one it belongs to, if any)
	 */
	void invitation(AccountStatus account, String token, long days, String inviter, Long organisationId,
			Locale locale) {
		String link = link(token);
		String subject = this.messages.getMessage("accounts.mail.invitation.subject", null, locale);
		String text = this.messages.getMessage("accounts.mail.invitation.text",
				new Object[] { account.displayName(), inviter, link, days, account.username() }, locale);
		this.outbox.enqueue(OutgoingMail.of(account.email(), account.displayName(), subject, text)
			.withLocale(locale)
			.withOrganisation((organisationId != null) ? organisationId : organisationOf(account)));
	}

	void reset(AccountStatus account, String token, long minutes, Locale locale) {
		String subject = this.messages.getMessage("accounts.mail.reset.subject", null, locale);
		String text = this.messages.getMessage("accounts.mail.reset.text",
				new Object[] { account.displayName(), link(token), minutes, account.username() }, locale);
		this.outbox.enqueue(OutgoingMail.of(account.email(), account.displayName(), subject, text)
			.withLocale(locale)
			.withOrganisation(organisationOf(account)));
	}

	private Long organisationOf(AccountStatus account) {
		return this.memberships.of(account.id()).map(Membership::organisationId).orElse(null);
	}

	private String link(String token) {
		return this.baseUrl + "/wachtwoord/instellen/" + token;
	}

}
