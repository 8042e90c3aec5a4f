package nl.bijeen.privacy.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.security.Principal;
import java.util.Locale;

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
 * The organisers' privacy page: the retention periods in force, erasing a person's data on their request (by
 * address, across events, recorded) and the record of erasures done.
 */
@Guard(Need.PLATFORM)
@Controller
@RequestMapping("/admin/privacy")
class PrivacyAdminController {

	private final PrivacyOverview overview;

	private final Erasures erasures;

	private final MessageSource messages;

	PrivacyAdminController(PrivacyOverview overview, Erasures erasures, MessageSource messages) {
		this.overview = overview;
		this.erasures = erasures;
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
		Erasures.Result done = this.erasures.onRequest(erasureRequestForm.getEmail(), principal.getName());
		redirect.addFlashAttribute("flash", this.messages.getMessage("privacy.admin.erased",
				new Object[] { done.registrations(), done.cancelled(), done.mails() }, locale));
		return "redirect:/admin/privacy";
	}

	private String page(Model model, Locale locale) {
		model.addAttribute("periods", this.overview.periods(locale));
		model.addAttribute("records", this.overview.latestErasures());
		return "privacy/admin";
	}

}
