package nl.bijeen.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password policy: length, user name, and the list of common and breached passwords.
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongUncommonPassphrase() {
		assertThat(this.policy.problems("jan", "paars fietsje onder de brug")).isEmpty();
	}

	@Test
	void refusesShortCommonAndNamedPasswords() {
		assertThat(this.policy.problems("jan", "kort")).contains("password.policy.tooShort");
		assertThat(this.policy.problems("jan", "")).containsExactly("password.policy.required");
		assertThat(this.policy.problems("jan", "1234567890123")).containsExactly("password.policy.common");
		assertThat(this.policy.problems("jan", "Password1234")).containsExactly("password.policy.common");
		assertThat(this.policy.problems("jan", "qwertyuiopasdf")).containsExactly("password.policy.common");
		assertThat(this.policy.problems("janvanderberg", "ikbenjanvanderberg!")).contains("password.policy.username");
	}

}
