package nl.bijeen.events.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;
import nl.bijeen.rights.EventScope;
import nl.bijeen.events.Event;
import java.time.LocalDateTime;

import nl.bijeen.common.Zones;
import nl.bijeen.events.EventCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organisers' start page: what is coming up, what is still a draft, and quick links.
 */
@Guard(Need.SIGNED_IN)
@Controller
class AdminDashboardController {

	private final EventCatalog events;

	private final EventLabels labels;

	private final Rights rights;

	AdminDashboardController(EventCatalog events, EventLabels labels, Rights rights) {
		this.rights = rights;
		this.events = events;
		this.labels = labels;
	}

	@GetMapping({ "/admin", "/admin/" })
	String dashboard(Model model) {
		EventScope visible = this.rights.visibleEvents();
		model.addAttribute("upcoming", visible.filter(this.events.upcoming(LocalDateTime.now(Zones.AMSTERDAM)), Event::getId));
		model.addAttribute("drafts", visible.filter(this.events.drafts(), Event::getId));
		model.addAttribute("checkIns", this.events.events(this.rights.checkInsToday()));
		this.labels.addTo(model);
		return "admin/dashboard";
	}

}
