package nl.bijeen.newsletter;

import java.util.Set;

import nl.bijeen.events.EventCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a subscriber's personal link opens: confirming a sign-up, the preferences (themes) and unsubscribing. Every
 * GET only shows a page with a button (mail scanners follow links); the POST does it. Unsubscribing also works as
 * the one-click POST of RFC 8058, which mail programs send without a form token (allowed for this path only).
 */
@Controller
@RequestMapping("/nieuwsbrief")
class NewsletterLinkController {

	private final Subscriptions subscriptions;

	private final EventCatalog catalog;

	NewsletterLinkController(Subscriptions subscriptions, EventCatalog catalog) {
		this.subscriptions = subscriptions;
		this.catalog = catalog;
	}

	@GetMapping("/bevestigen/{token}")
	String confirmPage(@PathVariable String token, Model model) {
		if (this.subscriptions.preferences(token).isEmpty()) {
			return unknown(model);
		}
		model.addAttribute("token", token);
		return "newsletter/confirm";
	}

	@PostMapping("/bevestigen/{token}")
	String confirm(@PathVariable String token, Model model) {
		Subscriptions.Confirmation outcome = this.subscriptions.confirm(token);
		if (outcome == Subscriptions.Confirmation.UNKNOWN) {
			return unknown(model);
		}
		if (outcome == Subscriptions.Confirmation.EXPIRED) {
			model.addAttribute("info", "newsletter.confirm.expired");
			return "newsletter/message";
		}
		// no flash attribute: anonymous visitors get no session
		return "redirect:/nieuwsbrief/voorkeuren/" + token + "?bevestigd";
	}

	@GetMapping("/voorkeuren/{token}")
	String preferences(@PathVariable String token, @RequestParam(required = false) String bevestigd,
			@RequestParam(required = false) String opgeslagen, Model model) {
		if (bevestigd != null) {
			model.addAttribute("flash", "newsletter.confirm.done");
		}
		else if (opgeslagen != null) {
			model.addAttribute("flash", "newsletter.preferences.saved");
		}
		return this.subscriptions.preferences(token).map(p -> {
			model.addAttribute("token", token);
			model.addAttribute("preferences", p);
			model.addAttribute("themes", this.catalog.themes());
			return "newsletter/preferences";
		}).orElseGet(() -> unknown(model));
	}

	@PostMapping("/voorkeuren/{token}")
	String changePreferences(@PathVariable String token, @RequestParam(required = false) Set<Long> themeIds,
			Model model) {
		if (themeIds != null && themeIds.size() > 200) {
			themeIds = Set.of();
		}
		if (!this.subscriptions.changeThemes(token, (themeIds == null) ? Set.of() : themeIds)) {
			return unknown(model);
		}
		return "redirect:/nieuwsbrief/voorkeuren/" + token + "?opgeslagen";
	}

	@GetMapping("/afmelden/{token}")
	String unsubscribePage(@PathVariable String token, Model model) {
		if (this.subscriptions.preferences(token).isEmpty()) {
			return unknown(model);
		}
		model.addAttribute("token", token);
		return "newsletter/unsubscribe";
	}

	/** Unsubscribes: from the page's button, or in one click from the mail program (RFC 8058). */
	@PostMapping("/afmelden/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		// Unsubscribed just now or before: the same answer (a repeated one-click POST must not fail).
		this.subscriptions.unsubscribe(token);
		model.addAttribute("info", "newsletter.unsubscribe.done");
		return "newsletter/message";
	}

	private static String unknown(Model model) {
		model.addAttribute("info", "newsletter.link.unknown");
		model.addAttribute("notFound", true);
		if (org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes request
				&& request.getResponse() != null) {
			request.getResponse().setStatus(404);
		}
		return "newsletter/message";
	}

}
