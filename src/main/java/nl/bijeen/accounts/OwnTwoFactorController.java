package nl.bijeen.accounts;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import java.security.Principal;

import jakarta.servlet.http.HttpSession;
import nl.bijeen.accounts.web.CodeForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in organiser sets up two-factor sign-in: scans the QR code (or types the key) into an
 * authenticator app and confirms with a code from it, then sees ten recovery codes once. Also new recovery
 * codes, and turning it off (with a code).
 */
@Controller
@Guard(Need.SIGNED_IN)
@RequestMapping(AccountSessionFilter.TWO_FACTOR)
class OwnTwoFactorController {

	private static final String PENDING_SECRET = "bijeen.twoFactorSecret";

	private final TwoFactor twoFactor;

	private final AccountStore store;

	private final AccountPolicyProperties properties;

	OwnTwoFactorController(TwoFactor twoFactor, AccountStore store, AccountPolicyProperties properties) {
		this.twoFactor = twoFactor;
		this.store = store;
		this.properties = properties;
	}

	@GetMapping
	String page(@ModelAttribute("codeForm") CodeForm form, Principal principal, HttpSession session, Model model) {
		AccountStatus account = this.store.byUsername(principal.getName()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("required", this.properties.isRequireTwoFactorForAdministrators() && account.administrator());
		if (account.twoFactor()) {
			model.addAttribute("codesLeft", this.twoFactor.recoveryCodesLeft(principal.getName()));
		}
		else {
			String secret = (String) session.getAttribute(PENDING_SECRET);
			if (secret == null) {
				secret = this.twoFactor.newSecret();
				session.setAttribute(PENDING_SECRET, secret);
			}
			model.addAttribute("secret", secret);
			model.addAttribute("secretGroups", secret.replaceAll("(.{4})(?!$)", "$1 "));
			model.addAttribute("qrCode", this.twoFactor.qrCode(secret, principal.getName()));
		}
		return "accounts/two-factor";
	}

	@PostMapping
	String enable(@ModelAttribute("codeForm") CodeForm form, BindingResult errors, Principal principal,
			HttpSession session, Model model, RedirectAttributes redirect) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null || !this.twoFactor.fits(secret, form.getCode())) {
			errors.rejectValue("code", "twoFactor.code.wrong");
			return page(form, principal, session, model);
		}
		redirect.addFlashAttribute("recoveryCodes", this.twoFactor.enable(principal.getName(), secret));
		redirect.addFlashAttribute("flash", "twoFactor.enabled");
		session.removeAttribute(PENDING_SECRET);
		return "redirect:" + AccountSessionFilter.TWO_FACTOR;
	}

	@PostMapping("/recovery-codes")
	String renew(Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("recoveryCodes", this.twoFactor.renewRecoveryCodes(principal.getName()));
		redirect.addFlashAttribute("flash", "twoFactor.codesRenewed");
		return "redirect:" + AccountSessionFilter.TWO_FACTOR;
	}

	@PostMapping("/disable")
	String disable(@ModelAttribute("codeForm") CodeForm form, BindingResult errors, Principal principal,
			HttpSession session, Model model, RedirectAttributes redirect) {
		if (!this.twoFactor.verify(principal.getName(), form.getCode())) {
			errors.rejectValue("code", "twoFactor.code.wrong");
			return page(form, principal, session, model);
		}
		this.twoFactor.disable(principal.getName());
		redirect.addFlashAttribute("flash", "twoFactor.disabled");
		return "redirect:" + AccountSessionFilter.TWO_FACTOR;
	}

}
