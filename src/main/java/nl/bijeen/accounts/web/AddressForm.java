package nl.bijeen.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The address a password reset link is asked for.
 */
public class AddressForm {

	@NotBlank(message = "{accounts.email.required}")
	@Email(message = "{accounts.email.invalid}")
	@Size(max = 320, message = "{accounts.email.invalid}")
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
