package nl.bijeen.events.web;

import java.time.LocalDateTime;

import nl.bijeen.common.Zones;
import nl.bijeen.events.EventCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organisers' start page: what is coming up, what is still a draft, and quick links.
 */
@Controller
class AdminDashboardController {

	private final EventCatalog events;

	private final EventLabels labels;

	AdminDashboardController(EventCatalog events, EventLabels labels) {
		this.events = events;
		this.labels = labels;
	}

	@GetMapping({ "/admin", "/admin/" })
	String dashboard(Model model) {
		model.addAttribute("upcoming", this.events.upcoming(LocalDateTime.now(Zones.AMSTERDAM)));
		model.addAttribute("drafts", this.events.drafts());
		this.labels.addTo(model);
		return "admin/dashboard";
	}

}
