package nl.bijeen.accounts.web;

import nl.bijeen.common.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form to create an API token: a name that says what the token is for.
 */
public class TokenForm {

	@NotBlank(message = "{tokens.name.required}")
	@Size(max = 120, message = "{tokens.name.tooLong}")
	@SingleLine
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	/**
	 * The name as stored: trimmed.
	 */
	public String toName() {
		return this.name.strip();
	}

}
