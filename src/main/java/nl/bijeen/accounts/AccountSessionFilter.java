package nl.bijeen.accounts;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request of a signed-in organiser against the account as it is now, in the database (so on every
 * instance, with any session store): a session of a disabled account, or signed in before the account's
 * password or rights changed, ends at once. An account that must change its password, or an administrator
 * who must set up two-factor sign-in, is sent there before any other workbench page.
 */
class AccountSessionFilter extends OncePerRequestFilter {

	static final String CHANGE_PASSWORD = "/admin/account/password";

	static final String TWO_FACTOR = "/admin/account/two-factor";

	private final AccountStore store;

	private final AccountPolicyProperties properties;

	AccountSessionFilter(AccountStore store, AccountPolicyProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/images/") || path.startsWith("/favicon") || path.startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			chain.doFilter(request, response);
			return;
		}
		String path = path(request);
		boolean workbench = path.startsWith("/admin");
		if (authentication instanceof PendingTwoFactor) {
			if (workbench) {
				redirect(request, response, "/login/code");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountStatus> account = this.store.byUsername(authentication.getName());
		HttpSession session = request.getSession(false);
		LocalDateTime signedInAt = (session != null) ? (LocalDateTime) session.getAttribute(SignIns.SIGNED_IN_AT)
				: null;
		// Sessions signed in through the sign-in form carry their moment; only those can be ended.
		if (signedInAt != null && account.map(a -> !a.sessionValid(signedInAt)).orElse(true)) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			redirect(request, response, "/login?ended");
			return;
		}
		if (workbench && account.isPresent()) {
			AccountStatus status = account.get();
			if (status.mustChangePassword() && !path.equals(CHANGE_PASSWORD)) {
				redirect(request, response, CHANGE_PASSWORD);
				return;
			}
			if (this.properties.isRequireTwoFactorForAdministrators() && status.administrator() && !status.twoFactor()
					&& !path.startsWith("/admin/account/")) {
				redirect(request, response, TWO_FACTOR);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
			throws IOException {
		response.sendRedirect(request.getContextPath() + path);
	}

}
