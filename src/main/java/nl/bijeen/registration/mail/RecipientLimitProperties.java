package nl.bijeen.registration.mail;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The per-recipient mail limit: nobody can flood an address with registration mails by registering it again
 * and again. Beyond the limit the mails that a registration request causes (confirmation, waiting list,
 * awaiting approval, the personal link again) are not queued; the answer to the request stays the same.
 * Mails caused by an organiser or by a change of the event are never held back.
 */
@ConfigurationProperties("bijeen.registration.recipient-limit")
@Validated
public class RecipientLimitProperties {

	/**
	 * Most mails to one address within {@code window} after which no further mail caused by a registration
	 * request is queued for it.
	 */
	@Min(1)
	private int mails = 10;

	/**
	 * The period over which the mails to one address are counted.
	 */
	@NotNull
	private Duration window = Duration.ofHours(1);

	public int getMails() {
		return this.mails;
	}

	public void setMails(int mails) {
		this.mails = mails;
	}

	public Duration getWindow() {
		return this.window;
	}

	public void setWindow(Duration window) {
		this.window = window;
	}

}
