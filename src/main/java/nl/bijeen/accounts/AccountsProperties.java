package nl.bijeen.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for the first administrator account.
 */
@ConfigurationProperties("bijeen.admin")
public class AccountsProperties {

	/**
	 * User name of the administrator created at first start when no account exists.
	 */
	private String username = "admin";

	/**
	 * Password of that administrator. When empty, a one-time password is generated and printed to the log.
	 */
	private String password = "";

	/**
	 * Display name of that administrator.
	 */
	private String displayName = "Beheerder";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

}
