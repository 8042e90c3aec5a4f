package nl.bijeen.dashboard;

import java.time.LocalDateTime;
import java.util.Locale;

import nl.bijeen.common.Zones;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dashboard of one event: key figures, registrations over time, fill rate and waiting lists per workshop,
 * attendance and no-shows, the evaluation's marks. Counts only, so not audited.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
class EventDashboardController {

	private final EventDashboards dashboards;

	private final ScoreFigures scores;

	EventDashboardController(EventDashboards dashboards, ScoreFigures scores) {
		this.dashboards = dashboards;
		this.scores = scores;
	}

	@GetMapping("/admin/events/{eventId}/dashboard")
	String dashboard(@PathVariable Long eventId, Locale locale, Model model) {
		EventFigures figures = this.dashboards.of(eventId, LocalDateTime.now(Zones.AMSTERDAM), locale);
		model.addAttribute("event", figures.event());
		model.addAttribute("figures", figures);
		this.scores.of(eventId, locale).ifPresent(scores -> model.addAttribute("scores", scores));
		return "dashboard/event";
	}

}
