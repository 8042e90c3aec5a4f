package nl.bijeen.accounts;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bijeen.accounts.web.AddressForm;
import nl.bijeen.accounts.web.NewPasswordForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Public pages without signing in: ask for a password reset link, and set a password through a link from an
 * invitation or a reset mail.
 */
@Controller
class PasswordLinkController {

	private final Passwords passwords;

	private final PasswordChecks checks;

	PasswordLinkController(Passwords passwords, PasswordChecks checks) {
		this.passwords = passwords;
		this.checks = checks;
	}

	@GetMapping("/wachtwoord/vergeten")
	String forgot(@ModelAttribute("addressForm") AddressForm form) {
		return "accounts/forgot";
	}

	/**
	 * The same answer whether or not an account has the address.
	 */
	@PostMapping("/wachtwoord/vergeten")
	String requestReset(@Valid @ModelAttribute("addressForm") AddressForm form, BindingResult errors, Locale locale) {
		if (errors.hasErrors()) {
			return "accounts/forgot";
		}
		this.passwords.requestReset(form.getEmail(), locale);
		return "redirect:/wachtwoord/vergeten/verstuurd";
	}

	@GetMapping("/wachtwoord/vergeten/verstuurd")
	String sent() {
		return "accounts/forgot-sent";
	}

	@GetMapping("/wachtwoord/instellen/{token}")
	String setPassword(@PathVariable String token, @ModelAttribute("passwordForm") NewPasswordForm form, Model model,
			HttpServletResponse response) {
		Optional<AccountStatus> account = this.passwords.accountOfLink(token);
		if (account.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "accounts/link-invalid";
		}
		model.addAttribute("account", account.get());
		model.addAttribute("token", token);
		return "accounts/set-password";
	}

	@PostMapping("/wachtwoord/instellen/{token}")
	String save(@PathVariable String token, @ModelAttribute("passwordForm") NewPasswordForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		Optional<AccountStatus> account = this.passwords.accountOfLink(token);
		if (account.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "accounts/link-invalid";
		}
		this.checks.check(account.get().username(), form, errors);
		if (errors.hasErrors()) {
			model.addAttribute("account", account.get());
			model.addAttribute("token", token);
			return "accounts/set-password";
		}
		if (this.passwords.setWithLink(token, form.getPassword()).isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "accounts/link-invalid";
		}
		return "redirect:/login?passwordSet";
	}

}
