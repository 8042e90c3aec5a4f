package nl.bijeen.accounts;

import java.io.IOException;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens when a password was right: the account's failures are forgotten; with two-factor sign-in the
 * code is asked first; then the session is marked with the moment of signing in (sessions before an
 * account's "sessions valid after" end), the sign-in is published for the audit log and the organiser goes
 * where they wanted to go.
 */
@Component
class SignIns {

	/** Session attribute: when this session was signed in ({@link LocalDateTime}). */
	static final String SIGNED_IN_AT = "bijeen.signedInAt";

	private final SignInThrottle throttle;

	private final AccountStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();

	SignIns(SignInThrottle throttle, AccountStore store, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.throttle = throttle;
		this.store = store;
		this.events = events;
		this.transactions = transactions;
		this.target.setDefaultTargetUrl("/admin");
	}

	void passwordAccepted(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, jakarta.servlet.ServletException {
		this.throttle.succeeded(authentication.getName());
		boolean twoFactor = this.store.byUsername(authentication.getName()).map(AccountStatus::twoFactor).orElse(false);
		if (twoFactor) {
			save(new PendingTwoFactor(authentication), request, response);
			response.sendRedirect(request.getContextPath() + "/login/code");
			return;
		}
		complete(request, response, authentication, false);
	}

	void complete(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			boolean twoFactor) throws IOException, jakarta.servlet.ServletException {
		save(authentication, request, response);
		LocalDateTime now = SignInThrottle.now();
		request.getSession().setAttribute(SIGNED_IN_AT, now);
		String address = ThrottledAuthenticationProvider.address(authentication);
		long accountId = this.store.byUsername(authentication.getName()).map(AccountStatus::id).orElse(0L);
		this.transactions.executeWithoutResult(status -> this.events
			.publishEvent(new AccountSignedIn(authentication.getName(), accountId, address, twoFactor, now)));
		this.target.onAuthenticationSuccess(request, response, authentication);
	}

	void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/**
	 * Keeps the current session valid after the account's own password change, which ended its other sessions.
	 */
	static void renew(HttpServletRequest request, LocalDateTime from) {
		request.getSession().setAttribute(SIGNED_IN_AT, from);
	}

}
