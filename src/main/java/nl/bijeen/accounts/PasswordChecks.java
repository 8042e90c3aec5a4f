package nl.bijeen.accounts;

import nl.bijeen.accounts.web.NewPasswordForm;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The field errors of a new password: the policy's problems on the password, a differing confirmation on the
 * confirmation.
 */
@Component
class PasswordChecks {

	private final PasswordPolicy policy;

	PasswordChecks(PasswordPolicy policy) {
		this.policy = policy;
	}

	void check(String username, NewPasswordForm form, BindingResult errors) {
		for (String problem : this.policy.problems(username, form.getPassword())) {
			errors.rejectValue("password", problem);
		}
		if (!errors.hasFieldErrors("password") && !form.confirmed()) {
			errors.rejectValue("confirmation", "password.confirmation.differs");
		}
	}

}
