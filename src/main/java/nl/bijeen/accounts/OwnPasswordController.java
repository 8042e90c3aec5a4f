package nl.bijeen.accounts;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import java.security.Principal;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletRequest;
import nl.bijeen.accounts.web.NewPasswordForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in organiser changes their password (also when they must, e.g. the first administrator's
 * generated one). The change ends their other sessions; this one goes on.
 */
@Controller
@Guard(Need.SIGNED_IN)
@RequestMapping(AccountSessionFilter.CHANGE_PASSWORD)
class OwnPasswordController {

	private final Passwords passwords;

	private final PasswordChecks checks;

	private final AccountStore store;

	OwnPasswordController(Passwords passwords, PasswordChecks checks, AccountStore store) {
		this.passwords = passwords;
		this.checks = checks;
		this.store = store;
	}

	@GetMapping
	String form(@ModelAttribute("passwordForm") NewPasswordForm form, Principal principal, Model model) {
		model.addAttribute("account", this.store.byUsername(principal.getName()).orElse(null));
		return "accounts/password";
	}

	@PostMapping
	String change(@ModelAttribute("passwordForm") NewPasswordForm form, BindingResult errors, Principal principal,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		if (!this.passwords.matches(principal.getName(), form.getCurrent())) {
			errors.rejectValue("current", "password.current.wrong");
		}
		this.checks.check(principal.getName(), form, errors);
		if (!errors.hasFieldErrors("password") && form.getPassword() != null
				&& form.getPassword().equals(form.getCurrent())) {
			errors.rejectValue("password", "password.policy.same");
		}
		if (errors.hasErrors()) {
			return form(form, principal, model);
		}
		LocalDateTime from = this.passwords.change(principal.getName(), form.getPassword());
		SignIns.renew(request, from);
		redirect.addFlashAttribute("flash", "password.changed");
		return "redirect:" + AccountSessionFilter.CHANGE_PASSWORD;
	}

}
