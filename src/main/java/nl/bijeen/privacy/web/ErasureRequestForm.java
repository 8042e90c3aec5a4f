package nl.bijeen.privacy.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An organiser's erasure on a person's request: the address, and the confirmation that the request was checked.
 */
public class ErasureRequestForm {

	@NotBlank(message = "{privacy.erase.email.required}")
	@Email(message = "{privacy.erase.email.invalid}")
	@Size(max = 254, message = "{privacy.erase.email.invalid}")
	private String email;

	@AssertTrue(message = "{privacy.erase.confirmed.required}")
	private boolean confirmed;

	public String getEmail() { return this.email; }
	public void setEmail(String email) { this.email = email; }
	public boolean isConfirmed() { return this.confirmed; }
	public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }

}
