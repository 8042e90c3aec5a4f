package nl.bijeen.insights.web;

import nl.bijeen.events.Event;
import nl.bijeen.insights.InsightPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The wall for a projector: the approved insights, newest first, for the whole event or one session, with the
 * share link and its QR code. htmx fetches the list again every few seconds; without JavaScript a reload does.
 * Not a cached public page: it changes by the minute.
 */
@Controller
@RequestMapping("/evenementen/{slug}/inzichten")
class InsightWallController {

	private final PublicEventLookup events;

	private final InsightPages pages;

	InsightWallController(PublicEventLookup events, InsightPages pages) {
		this.events = events;
		this.pages = pages;
	}

	@GetMapping
	String wall(@PathVariable String slug, @RequestParam(required = false) Long sessie, Model model) {
		Event event = fill(slug, sessie, model);
		model.addAttribute("shareUrl", this.pages.shareUrl(event, sessie));
		model.addAttribute("qr", this.pages.shareQr(event, sessie));
		return "insights/wall";
	}

	/** The list alone, for htmx polling. */
	@GetMapping("/lijst")
	String list(@PathVariable String slug, @RequestParam(required = false) Long sessie, Model model) {
		fill(slug, sessie, model);
		return "insights/wall :: list";
	}

	private Event fill(String slug, Long sessie, Model model) {
		Event event = this.events.bySlug(slug);
		model.addAttribute("event", event);
		model.addAttribute("sessie", sessie);
		model.addAttribute("sessions", this.pages.sessions(event.getId()));
		model.addAttribute("insights", this.pages.wall(event.getId(), sessie));
		model.addAttribute("open", this.pages.isOpen(event));
		return event;
	}

}
