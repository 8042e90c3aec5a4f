package nl.bijeen.accounts.web;

import nl.bijeen.common.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.bijeen.accounts.Account;

/**
 * Whom to invite: their address (also their user name), name and role.
 */
public class InvitationForm {

	@NotBlank(message = "{accounts.email.required}")
	@Email(message = "{accounts.email.invalid}")
	@Size(max = 320, message = "{accounts.email.invalid}")
	private String email;

	@NotBlank(message = "{accounts.invite.name.required}")
	@Size(max = 200, message = "{accounts.invite.name.tooLong}")
	@SingleLine
	private String displayName;

	@NotNull(message = "{accounts.invite.role.required}")
	private Account.Role role = Account.Role.ORGANISER;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Account.Role getRole() {
		return this.role;
	}

	public void setRole(Account.Role role) {
		this.role = role;
	}

}
