package nl.bijeen.insights.web;

import java.security.Principal;

import nl.bijeen.insights.InsightModeration;
import nl.bijeen.insights.InsightPages;
import nl.bijeen.insights.InsightStatus;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moderation of an event's insights: pending ones to approve or reject, and the approved and rejected ones
 * to change one's mind about. Plain forms; each action redirects back.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
@RequestMapping("/admin/events/{eventId}/inzichten")
class InsightModerationController {

	private final InsightModeration moderation;

	private final InsightPages pages;

	private final PublicEventLookup events;

	InsightModerationController(InsightModeration moderation, InsightPages pages, PublicEventLookup events) {
		this.moderation = moderation;
		this.pages = pages;
		this.events = events;
	}

	@GetMapping
	String list(@PathVariable Long eventId, Model model) {
		model.addAttribute("event", this.events.byId(eventId));
		model.addAttribute("pending", this.moderation.of(eventId, InsightStatus.PENDING));
		model.addAttribute("approved", this.moderation.of(eventId, InsightStatus.APPROVED));
		model.addAttribute("rejected", this.moderation.of(eventId, InsightStatus.REJECTED));
		model.addAttribute("sessions", this.pages.sessions(eventId).stream()
			.collect(java.util.stream.Collectors.toMap(s -> s.id(), s -> s.title())));
		return "insights/admin";
	}

	@PostMapping("/{insightId}/approve")
	String approve(@PathVariable Long eventId, @PathVariable Long insightId, Principal principal,
			RedirectAttributes redirect) {
		return decide(eventId, insightId, InsightStatus.APPROVED, principal, redirect);
	}

	@PostMapping("/{insightId}/reject")
	String reject(@PathVariable Long eventId, @PathVariable Long insightId, Principal principal,
			RedirectAttributes redirect) {
		return decide(eventId, insightId, InsightStatus.REJECTED, principal, redirect);
	}

	private String decide(Long eventId, Long insightId, InsightStatus status, Principal principal,
			RedirectAttributes redirect) {
		if (this.moderation.decide(eventId, insightId, status, principal == null ? null : principal.getName())) {
			redirect.addFlashAttribute("message", "insights.admin.done." + status);
		}
		return "redirect:/admin/events/" + eventId + "/inzichten";
	}

}
