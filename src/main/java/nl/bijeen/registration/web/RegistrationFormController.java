package nl.bijeen.registration.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bijeen.events.Event;
import nl.bijeen.registration.internal.RegistrationBusy;
import nl.bijeen.registration.internal.RegistrationOutcomeUnknown;
import nl.bijeen.registration.internal.RegistrationPage;
import nl.bijeen.registration.internal.RegistrationPages;
import nl.bijeen.registration.internal.RegistrationRejected;
import nl.bijeen.registration.internal.RegistrationService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public registration form. Works without JavaScript; after a registration everybody sees the same
 * neutral page ("check your e-mail"), whether the address is new, already registered or there is no place
 * left, so the form never reveals who is registered: the outcome goes by mail. Mistakes in the form itself
 * (a missing name, an invalid address) are shown on the form.
 */
@Controller
@RequestMapping("/evenementen/{slug}/aanmelden")
class RegistrationFormController {

	private final RegistrationPages pages;

	private final RegistrationService registrations;

	private final RateLimiter rateLimiter;

	private final FormPages formPages;

	RegistrationFormController(RegistrationPages pages, RegistrationService registrations, RateLimiter rateLimiter,
			FormPages formPages) {
		this.pages = pages;
		this.registrations = registrations;
		this.rateLimiter = rateLimiter;
		this.formPages = formPages;
	}

	@GetMapping
	Object form(@PathVariable String slug, Model model, Locale locale, HttpServletRequest request) {
		Event event;
		try {
			event = this.pages.publicEvent(slug);
		}
		catch (nl.bijeen.common.NotFoundException ex) {
			return this.pages.renamed(slug).map(s -> "redirect:/evenementen/" + s + "/aanmelden").orElseThrow(() -> ex);
		}
		if (!FormPages.applies(request)) {
			return show(event, new RegistrationForm(), model);
		}
		// Places left read live now; the rendering is shared while they are exactly the same.
		RegistrationForm form = new RegistrationForm();
		show(event, form, model);
		return this.formPages.view((RegistrationPage) model.getAttribute("page"), form,
				locale, request);
	}

	@PostMapping
	String register(@PathVariable String slug, @Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Event event = this.pages.publicEvent(slug);
		if (!this.rateLimiter.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			model.addAttribute("event", event);
			return "registration/too-many";
		}
		if (form.isBot()) {
			return "redirect:/evenementen/" + slug + "/aanmelden/controleer-uw-email";
		}
		if (!result.hasErrors()) {
			try {
				this.registrations.submit(form.toRequest(event.getId(), locale));
				return "redirect:/evenementen/" + slug + "/aanmelden/controleer-uw-email";
			}
			catch (RegistrationRejected rejected) {
				FormErrors.add(rejected, result);
			}
			catch (RegistrationBusy busy) {
				// Nothing is stored: the same form (same token) may be sent again.
				result.reject("registration.error.busy", "registration.error.busy");
				response.setStatus(503);
				response.setHeader("Retry-After", Long.toString(busy.retryAfter().toSeconds()));
				return show(event, form, model);
			}
			catch (RegistrationOutcomeUnknown unknown) {
				// Perhaps stored: the mail will tell; sending this form (same token) again finds out, never
				// registering twice.
				response.setStatus(202);
				model.addAttribute("outcomeUnknown", true);
				return show(event, form, model);
			}
		}
		response.setStatus(422);
		return show(event, form, model);
	}

	@GetMapping("/controleer-uw-email")
	String checkYourEmail(@PathVariable String slug, Model model) {
		model.addAttribute("event", this.pages.publicEvent(slug));
		return "registration/check-email";
	}

	private String show(Event event, RegistrationForm form, Model model) {
		model.addAttribute("page", this.pages.of(event));
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		return "registration/form";
	}


}
