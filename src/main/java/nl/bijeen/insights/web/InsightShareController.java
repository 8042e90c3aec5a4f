package nl.bijeen.insights.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.events.Event;
import nl.bijeen.insights.InsightPages;
import nl.bijeen.insights.InsightRules;
import nl.bijeen.insights.InsightSubmissions;
import nl.bijeen.insights.InsightSubmissions.Outcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public share form behind the short link and QR code: works without an account, a session or
 * JavaScript (a signed form token in place of a session). What is sent waits for moderation; the sender sees
 * a thank-you and an empty form for the next insight.
 */
@Controller
@RequestMapping("/evenementen/{slug}/inzichten/delen")
class InsightShareController {

	private final PublicEventLookup events;

	private final InsightSubmissions submissions;

	private final InsightRules rules;

	private final InsightPages pages;

	InsightShareController(PublicEventLookup events, InsightSubmissions submissions, InsightRules rules,
			InsightPages pages) {
		this.events = events;
		this.submissions = submissions;
		this.rules = rules;
		this.pages = pages;
	}

	@GetMapping
	String form(@PathVariable String slug, @RequestParam(required = false) Long sessie,
			@RequestParam(required = false) String verzonden, Model model) {
		Event event = this.events.bySlug(slug);
		InsightForm form = new InsightForm();
		form.setSessie(sessie);
		model.addAttribute("sent", verzonden != null);
		return show(event, form, model);
	}

	@PostMapping
	String send(@PathVariable String slug, @ModelAttribute("form") InsightForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Event event = this.events.bySlug(slug);
		Map<String, String> problems = this.rules.problems(form.getText(), form.getAuthorName());
		if (!this.pages.isOpen(event)) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(event, form, model);
		}
		if (!problems.isEmpty()) {
			problems.forEach((field, code) -> result.rejectValue(field, code,
					new Object[] { this.rules.maxLength(), this.rules.maxNameLength() }, code));
			response.setStatus(422);
			return show(event, form, model);
		}
		Outcome outcome = this.submissions.submit(event, form.getSessie(), form.getText(), form.getAuthorName(),
				request.getRemoteAddr());
		if (outcome == Outcome.TOO_MANY) {
			response.setStatus(429);
			response.setHeader("Retry-After", "600");
			model.addAttribute("tooMany", true);
			return show(event, form, model);
		}
		if (outcome == Outcome.CLOSED) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(event, form, model);
		}
		String session = (form.getSessie() != null) ? "&sessie=" + form.getSessie() : "";
		return "redirect:/evenementen/" + event.getSlug() + "/inzichten/delen?verzonden=1" + session;
	}

	private String show(Event event, InsightForm form, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("open", this.pages.isOpen(event));
		model.addAttribute("sessions", this.pages.sessions(event.getId()));
		model.addAttribute("maxLength", this.rules.maxLength());
		model.addAttribute("maxNameLength", this.rules.maxNameLength());
		return "insights/share";
	}

}
