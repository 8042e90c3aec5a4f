package nl.bijeen.accounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for form login.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map(AccountUserDetailsService::toUser)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	static UserDetails toUser(Account account) {
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.roles(account.role().name())
			.build();
	}

}
