package nl.bijeen.privacy.web;

import nl.bijeen.rights.Actor;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.OrganisationRef;
import nl.bijeen.rights.Rights;
import java.security.Principal;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bijeen.privacy.Erasures;
import nl.bijeen.privacy.PrivacyOverview;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' privacy page: the retention periods in force, erasing a person's data on their request (by
 * address, recorded) and the record of erasures done. The platform administrator erases across all events and
 * sees every record; an organisation's administrator erases for the events their organisation organises only
 * (the person's registrations for other organisations' events stay) and sees the records of their organisation.
 */
@Guard(Need.ORGANISATION)
@Controller
@RequestMapping("/admin/privacy")
class PrivacyAdminController {

	private final PrivacyOverview overview;

	private final Erasures erasures;

	private final Rights rights;

	private final MessageSource messages;

	PrivacyAdminController(PrivacyOverview overview, Erasures erasures, Rights rights, MessageSource messages) {
		this.overview = overview;
		this.erasures = erasures;
		this.rights = rights;
		this.messages = messages;
	}

	@GetMapping
	String show(Model model, Locale locale) {
		model.addAttribute("erasureRequestForm", new ErasureRequestForm());
		return page(model, locale);
	}

	@PostMapping("/wissen")
	String erase(@Valid @ModelAttribute ErasureRequestForm erasureRequestForm, BindingResult result, Model model,
			Locale locale, Principal principal, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, locale);
		}
		Actor admin = this.rights.current();
		String email = erasureRequestForm.getEmail();
		Erasures.Result done = admin.platformAdmin() ? this.erasures.onRequest(email, principal.getName())
				: this.erasures.onRequest(email, principal.getName(), admin.organisationId(),
						this.rights.visibleEvents(admin).eventIds());
		redirect.addFlashAttribute("flash", this.messages.getMessage("privacy.admin.erased",
				new Object[] { done.registrations(), done.cancelled(), done.mails() }, locale));
		return "redirect:/admin/privacy";
	}

	private String page(Model model, Locale locale) {
		Actor admin = this.rights.current();
		model.addAttribute("periods", this.overview.periods(locale));
		Long organisation = admin.platformAdmin() ? null : admin.organisationId();
		model.addAttribute("records", this.overview.latestErasures(organisation));
		model.addAttribute("scoped", organisation != null);
		model.addAttribute("organisationNames", this.rights.organisations()
			.stream()
			.collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a)));
		return "privacy/admin";
	}

}
