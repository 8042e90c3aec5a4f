package nl.bijeen.accounts;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Someone who gave the right password of an account with two-factor sign-in and has yet to give a code: no
 * rights at all until then. Holds the full sign-in it becomes.
 */
class PendingTwoFactor extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final Authentication full;

	PendingTwoFactor(Authentication full) {
		super(List.of(new SimpleGrantedAuthority("TWO_FACTOR_PENDING")));
		this.full = full;
		setAuthenticated(true);
		setDetails(full.getDetails());
	}

	Authentication full() {
		return this.full;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.full.getPrincipal();
	}

	@Override
	public String getName() {
		return this.full.getName();
	}

}
