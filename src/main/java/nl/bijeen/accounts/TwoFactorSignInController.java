package nl.bijeen.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.accounts.web.CodeForm;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The second step of signing in to an account with two-factor sign-in: a code from the authenticator app or a
 * recovery code. Wrong codes count as failed sign-ins.
 */
@Controller
@RequestMapping("/login/code")
class TwoFactorSignInController {

	private final TwoFactor twoFactor;

	private final SignInThrottle throttle;

	private final SignIns signIns;

	TwoFactorSignInController(TwoFactor twoFactor, SignInThrottle throttle, SignIns signIns) {
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.signIns = signIns;
	}

	@GetMapping
	String page(@ModelAttribute("codeForm") CodeForm form) {
		return pending().isPresent() ? "accounts/sign-in-code" : "redirect:/login";
	}

	@PostMapping
	String verify(@ModelAttribute("codeForm") CodeForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		Optional<PendingTwoFactor> pending = pending();
		if (pending.isEmpty()) {
			return "redirect:/login";
		}
		String name = pending.get().getName();
		String address = ThrottledAuthenticationProvider.address(pending.get().full());
		Optional<java.time.Duration> wait = this.throttle.waitFor(name, address);
		if (wait.isPresent()) {
			errors.rejectValue("code", "twoFactor.code.wait",
					new Object[] { new SignInThrottled(wait.get()).seconds() }, null);
			return "accounts/sign-in-code";
		}
		if (!this.twoFactor.verify(name, form.getCode())) {
			this.throttle.failed(name, address);
			errors.rejectValue("code", "twoFactor.code.wrong");
			return "accounts/sign-in-code";
		}
		request.changeSessionId();
		this.signIns.complete(request, response, pending.get().full(), true);
		return null;
	}

	private static Optional<PendingTwoFactor> pending() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof PendingTwoFactor pending) ? Optional.of(pending) : Optional.empty();
	}

}
