package nl.bijeen.newsletter;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.RichText;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.newsletter.web.SignupForm;
import nl.bijeen.web.RateLimit;
import nl.bijeen.web.RateLimits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public newsletter pages: the sign-up (the same answer for every address; limited per client, see
 * {@link NewsletterProperties#getSignupRateLimit()}), the archive of sent editions and a sent edition.
 */
@Controller
@RequestMapping("/nieuwsbrief")
class NewsletterController {

	private final Subscriptions subscriptions;

	private final EventCatalog catalog;

	private final Editions editions;

	private final RichText richText;

	private final RateLimits limits;

	private final RateLimit limit;

	NewsletterController(Subscriptions subscriptions, EventCatalog catalog, Editions editions, RichText richText,
			RateLimits limits, NewsletterProperties properties) {
		this.subscriptions = subscriptions;
		this.catalog = catalog;
		this.editions = editions;
		this.richText = richText;
		this.limits = limits;
		this.limit = new RateLimit("newsletter", properties.getSignupRateLimit(), properties.getSignupRatePeriod());
	}

	@GetMapping
	String form(Model model) {
		return form(new SignupForm(), model);
	}

	@PostMapping
	String signUp(@Valid @ModelAttribute("form") SignupForm form, BindingResult result, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return form(form, model);
		}
		if (!this.limits.tryAcquire(this.limit, request.getRemoteAddr())) {
			result.reject("newsletter.signup.tooMany", "newsletter.signup.tooMany");
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(this.limit.period().toSeconds()));
			return form(form, model);
		}
		if (!form.isBot()) {
			this.subscriptions.subscribe(form.getEmail(), form.getName(), form.getThemeIds(), locale,
					Subscriptions.Source.FORM);
		}
		return "newsletter/check-email";
	}

	@GetMapping("/archief")
	String archive(Model model) {
		model.addAttribute("editions", this.editions.sent(200));
		return "newsletter/archive";
	}

	@GetMapping("/{slug:[a-z0-9-]+}")
	String edition(@PathVariable String slug, Model model) {
		Edition edition = this.editions.bySlug(slug).filter(Edition::sent)
			.orElseThrow(() -> new NotFoundException("No sent edition " + slug));
		model.addAttribute("edition", edition);
		model.addAttribute("introductionHtml", this.richText.markdown(edition.introduction()));
		return "newsletter/edition";
	}

	private String form(SignupForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("themes", this.catalog.themes());
		return "newsletter/signup";
	}

}
