package nl.bijeen.accounts;

import jakarta.validation.Valid;
import nl.bijeen.accounts.web.GrantForm;
import nl.bijeen.accounts.web.RoleForm;
import nl.bijeen.rights.EventRef;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisation administrators see their organisation's accounts, give roles and events, disable and enable
 * accounts; platform administrators do so for every organisation.
 */
@Guard(value = Need.ACCOUNT, id = "id")
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountsController {

	private static final String ACCOUNT = "accounts/account";

	private final AccountAdministration administration;

	AdminAccountsController(AccountAdministration administration) {
		this.administration = administration;
	}

	@Guard(Need.ORGANISATION)
	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.administration.visible());
		return "accounts/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var view = this.administration.get(id);
		RoleForm roleForm = new RoleForm();
		roleForm.setRole(view.role() == Role.PLATFORM_ADMIN ? null : view.role());
		roleForm.setOrganisationId(view.membership() == null ? null : view.membership().organisationId());
		model.addAttribute("roleForm", roleForm);
		model.addAttribute("grantForm", new GrantForm());
		return show(view, model);
	}

	private String show(AccountAdministration.AccountView view, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("roles", this.administration.assignableRoles());
		model.addAttribute("organisations", this.administration.assignableOrganisations());
		var events = this.administration.grantableEvents();
		model.addAttribute("events", events);
		model.addAttribute("eventTitles", events.stream()
			.collect(java.util.stream.Collectors.toMap(EventRef::id, EventRef::title, (a, b) -> a)));
		return ACCOUNT;
	}

	@PostMapping("/{id}/role")
	String role(@PathVariable long id, @Valid @ModelAttribute RoleForm roleForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("grantForm", new GrantForm());
			return show(this.administration.get(id), model);
		}
		this.administration.assign(id, roleForm.getRole(), roleForm.getOrganisationId());
		redirect.addFlashAttribute("message", "rights.role.saved");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/grants")
	String grant(@PathVariable long id, @Valid @ModelAttribute GrantForm grantForm, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		var view = this.administration.get(id);
		if (binding.hasErrors()) {
			RoleForm roleForm = new RoleForm();
			roleForm.setRole(view.role());
			model.addAttribute("roleForm", roleForm);
			return show(view, model);
		}
		this.administration.grant(id, grantForm.getEventId());
		redirect.addFlashAttribute("message", "rights.grants.saved");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/grants/revoke")
	String revoke(@PathVariable long id, @RequestParam long eventId, @RequestParam Role role,
			RedirectAttributes redirect) {
		this.administration.revoke(id, eventId, role);
		redirect.addFlashAttribute("message", "rights.grants.revoked");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/enabled")
	String enabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		boolean done = this.administration.setEnabled(id, enabled);
		redirect.addFlashAttribute(done ? "message" : "error",
				!done ? "rights.enabled.notSelf" : enabled ? "rights.enabled.on" : "rights.enabled.off");
		return "redirect:/admin/accounts/" + id;
	}

}
