package nl.bijeen.accounts;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Actor;
import nl.bijeen.rights.Memberships;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;
import nl.bijeen.rights.Role;

import java.security.Principal;
import java.util.Locale;

import jakarta.validation.Valid;
import nl.bijeen.accounts.web.InvitationForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators invite someone by mail, and send an invitation again while it has not been used.
 */
@Guard(Need.ORGANISATION)
@Controller
class AccountInvitationController {

	private final Invitations invitations;

	private final AccountStore store;

	private final Rights rights;

	private final Memberships memberships;

	AccountInvitationController(Invitations invitations, AccountStore store, Rights rights, Memberships memberships) {
		this.invitations = invitations;
		this.store = store;
		this.rights = rights;
		this.memberships = memberships;
	}

	/** The platform administrator may invite another; an organisation's administrator invites organisers only. */
	@ModelAttribute("roles")
	Account.Role[] roles() {
		return this.rights.current().platformAdmin() ? Account.Role.values()
				: new Account.Role[] { Account.Role.ORGANISER };
	}

	@GetMapping("/admin/accounts/invite")
	String form(@ModelAttribute("invitationForm") InvitationForm form) {
		return "accounts/invite";
	}

	@PostMapping("/admin/accounts/invite")
	String invite(@Valid @ModelAttribute("invitationForm") InvitationForm form, BindingResult errors,
			Principal principal, Locale locale, RedirectAttributes redirect) {
		if (!this.rights.current().platformAdmin()) {
			form.setRole(Account.Role.ORGANISER); // never a platform administrator
		}
		if (errors.hasErrors()) {
			return "accounts/invite";
		}
		try {
			// An organisation administrator's invitee joins their organisation as an event manager without events;
			// the administrator gives events (or another role) on the account's page.
			Actor inviting = this.rights.current();
			Long organisation = inviting.platformAdmin() ? null : inviting.organisationId();
			AccountStatus invited = this.invitations.invite(form.getEmail(), form.getDisplayName(), form.getRole(),
					inviter(principal), organisation, locale);
			if (organisation != null) {
				this.memberships.assign(invited.id(), organisation, Role.EVENT_MANAGER);
			}
		}
		catch (Invitations.AddressTaken ex) {
			errors.rejectValue("email", "accounts.email.taken");
			return "accounts/invite";
		}
		redirect.addFlashAttribute("flash", "accounts.invite.sent");
		redirect.addFlashAttribute("invited", form.getEmail().strip());
		return "redirect:/admin/accounts/invite";
	}

	@Guard(value = Need.ACCOUNT, id = "id")
	@PostMapping("/admin/accounts/{id}/invite")
	String resend(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect,
			Model model) {
		this.invitations.resend(id, inviter(principal), locale);
		redirect.addFlashAttribute("flash", "accounts.invite.resent");
		return "redirect:/admin/accounts/invite";
	}

	private String inviter(Principal principal) {
		return this.store.byUsername(principal.getName()).map(AccountStatus::displayName).orElse(principal.getName());
	}

}
