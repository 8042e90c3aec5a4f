package nl.bijeen.accounts;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Scope;
import java.security.Principal;
import java.time.LocalDateTime;

import jakarta.validation.Valid;
import nl.bijeen.accounts.web.TokenForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisation administrators manage their organisation's API tokens: see them, create one with scopes and an
 * expiry (shown once), revoke one.
 */
@Guard(Need.ORGANISATION)
@Controller
@RequestMapping("/admin/tokens")
class AdminTokensController {

	static final String NEW_TOKEN = "newToken";

	private final ApiTokenService tokens;

	AdminTokensController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@ModelAttribute("tokenForm")
	TokenForm tokenForm() {
		return new TokenForm();
	}

	@ModelAttribute("apiBase")
	String apiBase(jakarta.servlet.http.HttpServletRequest request) {
		return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
			.build()
			.toUriString();
	}

	@ModelAttribute("allScopes")
	Scope[] allScopes() {
		return Scope.values();
	}

	@GetMapping
	String list(Principal principal, Model model) {
		model.addAttribute("tokens", this.tokens.visible());
		return "accounts/tokens";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return list(principal, model);
		}
		String token = this.tokens.issue(principal.getName(), form.toName(), form.getScopes(),
				form.expiresAt(LocalDateTime.now()));
		redirect.addFlashAttribute(NEW_TOKEN, token);
		redirect.addFlashAttribute("newTokenName", form.toName());
		return "redirect:/admin/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/admin/tokens";
	}

}
