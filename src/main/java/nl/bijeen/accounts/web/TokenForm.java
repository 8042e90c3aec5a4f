package nl.bijeen.accounts.web;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import nl.bijeen.common.SingleLine;
import nl.bijeen.rights.Scope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form to create an API token: a name that says what the token is for, its scopes and how many days it is
 * valid.
 */
public class TokenForm {

	@NotBlank(message = "{tokens.name.required}")
	@Size(max = 120, message = "{tokens.name.tooLong}")
	@SingleLine
	private String name;

	@NotEmpty(message = "{tokens.scopes.required}")
	private Set<Scope> scopes = EnumSet.of(Scope.READ);

	@NotNull(message = "{tokens.days.required}")
	@Min(value = 1, message = "{tokens.days.range}")
	@Max(value = 730, message = "{tokens.days.range}")
	private Integer days = 90;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Set<Scope> getScopes() {
		return this.scopes;
	}

	public void setScopes(Set<Scope> scopes) {
		this.scopes = scopes;
	}

	public Integer getDays() {
		return this.days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

	/**
	 * The name as stored: trimmed.
	 */
	public String toName() {
		return this.name.strip();
	}

	/**
	 * When a token made now expires.
	 */
	public LocalDateTime expiresAt(LocalDateTime now) {
		return now.plusDays(this.days);
	}

}
