package nl.bijeen.accounts.web;

import nl.bijeen.rights.Role;
import jakarta.validation.constraints.NotNull;

/**
 * The form to give an account a role in an organisation.
 */
public class RoleForm {

	@NotNull(message = "{rights.role.required}")
	private Role role;

	/** Chosen by platform administrators only; organisation administrators give roles in their own. */
	private Long organisationId;

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

}
