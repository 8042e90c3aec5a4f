package nl.bijeen.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for signing in: invitation and password reset links, throttling of failed sign-ins and
 * two-factor sign-in.
 */
@ConfigurationProperties("bijeen.accounts")
public class AccountPolicyProperties {

	/**
	 * How long the link in an invitation mail can be used to set a password.
	 */
	private Duration invitationValidity = Duration.ofDays(7);

	/**
	 * How long the link in a password reset mail can be used.
	 */
	private Duration resetValidity = Duration.ofHours(1);

	/**
	 * Most password reset mails to one address within an hour; further requests get the same answer but no mail.
	 */
	private int resetMailsPerHour = 3;

	/**
	 * Whether platform administrators must sign in with a second factor (an authenticator app); one who has
	 * none set up is sent to set it up before anything else.
	 */
	private boolean requireTwoFactorForAdministrators = false;

	/**
	 * Failed sign-ins with one account name after which each further attempt must wait.
	 */
	private int accountThreshold = 5;

	/**
	 * Failed sign-ins from one client address after which each further attempt must wait (higher than per
	 * account: many people can share one address).
	 */
	private int addressThreshold = 20;

	/**
	 * The wait after the first failure beyond a threshold; it doubles with each further failure.
	 */
	private Duration baseDelay = Duration.ofSeconds(1);

	/**
	 * The longest wait (the temporary lockout).
	 */
	private Duration maxDelay = Duration.ofMinutes(15);

	/**
	 * Failures older than this are forgotten.
	 */
	private Duration failureWindow = Duration.ofHours(1);

	public Duration getInvitationValidity() {
		return this.invitationValidity;
	}

	public void setInvitationValidity(Duration invitationValidity) {
		this.invitationValidity = invitationValidity;
	}

	public Duration getResetValidity() {
		return this.resetValidity;
	}

	public void setResetValidity(Duration resetValidity) {
		this.resetValidity = resetValidity;
	}

	public int getResetMailsPerHour() {
		return this.resetMailsPerHour;
	}

	public void setResetMailsPerHour(int resetMailsPerHour) {
		this.resetMailsPerHour = resetMailsPerHour;
	}

	public boolean isRequireTwoFactorForAdministrators() {
		return this.requireTwoFactorForAdministrators;
	}

	public void setRequireTwoFactorForAdministrators(boolean requireTwoFactorForAdministrators) {
		this.requireTwoFactorForAdministrators = requireTwoFactorForAdministrators;
	}

	public int getAccountThreshold() {
		return this.accountThreshold;
	}

	public void setAccountThreshold(int accountThreshold) {
		this.accountThreshold = accountThreshold;
	}

	public int getAddressThreshold() {
		return this.addressThreshold;
	}

	public void setAddressThreshold(int addressThreshold) {
		this.addressThreshold = addressThreshold;
	}

	public Duration getBaseDelay() {
		return this.baseDelay;
	}

	public void setBaseDelay(Duration baseDelay) {
		this.baseDelay = baseDelay;
	}

	public Duration getMaxDelay() {
		return this.maxDelay;
	}

	public void setMaxDelay(Duration maxDelay) {
		this.maxDelay = maxDelay;
	}

	public Duration getFailureWindow() {
		return this.failureWindow;
	}

	public void setFailureWindow(Duration failureWindow) {
		this.failureWindow = failureWindow;
	}

}
