package nl.bijeen.attendance.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.attendance.Arrivals;
import nl.bijeen.attendance.CheckIn;
import nl.bijeen.attendance.CheckIns;
import nl.bijeen.attendance.SessionCheckIns;
import nl.bijeen.attendance.UnknownCode;
import nl.bijeen.programme.SessionView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The check-in screen at the door, for phones and tablets: a code typed or scanned, or a name searched; the
 * arrivals counter, the list of who has not arrived, and undo. With {@code ?sessie=} the same for one workshop
 * (session). Plain forms; each action redirects back. The counter and list refresh themselves ({@code /live},
 * htmx polling) without being audited again.
 */
@Guard(value = Need.CHECK_IN, id = "eventId")
@Controller
@RequestMapping("/admin/events/{eventId}/check-in")
class CheckInController {

	static final String SESSION = "sessie";

	private final CheckIns checkIns;

	private final SessionCheckIns sessionCheckIns;

	CheckInController(CheckIns checkIns, SessionCheckIns sessionCheckIns) {
		this.checkIns = checkIns;
		this.sessionCheckIns = sessionCheckIns;
	}

	@GetMapping
	String show(@PathVariable Long eventId, @RequestParam(required = false) String q,
			@RequestParam(name = SESSION, required = false) Long session, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CheckInForm());
		}
		if (!model.containsAttribute("walkIn")) {
			model.addAttribute("walkIn", new WalkInForm());
		}
		Arrivals arrivals = arrivals(eventId, session, true, model);
		List<SessionView> sessions = this.sessionCheckIns.sessions(eventId);
		model.addAttribute("sessions", sessions);
		model.addAttribute("rounds", sessions.stream()
			.collect(Collectors.groupingBy(SessionView::roundId, LinkedHashMap::new, Collectors.toList())));
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			String needle = q.strip().toLowerCase(Locale.ROOT);
			model.addAttribute("found", arrivals.all().stream()
				.filter(a -> a.attendee().name().toLowerCase(Locale.ROOT).contains(needle)).toList());
		}
		return "attendance/check-in";
	}

	/** The counter and the list of who has not arrived, for the screen's polling. */
	@GetMapping("/live")
	String live(@PathVariable Long eventId, @RequestParam(name = SESSION, required = false) Long session,
			Model model) {
		arrivals(eventId, session, false, model);
		return "attendance/check-in :: live";
	}

	@PostMapping
	String byCode(@PathVariable Long eventId, @RequestParam(name = SESSION, required = false) Long session,
			@ModelAttribute("form") CheckInForm form, BindingResult result, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			redirect.addFlashAttribute("checkIn", session == null
					? this.checkIns.byCode(eventId, form.getCode(), name(principal))
					: this.sessionCheckIns.byCode(eventId, session, form.getCode(), name(principal)));
			return back(eventId, session);
		}
		catch (UnknownCode ex) {
			result.rejectValue("code", session == null ? "attendance.error.unknownCode"
					: "attendance.error.unknownCodeSession");
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return show(eventId, null, session, model);
		}
	}

	@PostMapping("/{registrationId}")
	String byName(@PathVariable Long eventId, @PathVariable Long registrationId,
			@RequestParam(name = SESSION, required = false) Long session, Principal principal,
			RedirectAttributes redirect) {
		CheckIn checkIn = session == null ? this.checkIns.byRegistration(eventId, registrationId, name(principal))
				: this.sessionCheckIns.byRegistration(eventId, session, registrationId, name(principal));
		redirect.addFlashAttribute("checkIn", checkIn);
		return back(eventId, session);
	}

	@PostMapping("/{registrationId}/undo")
	String undo(@PathVariable Long eventId, @PathVariable Long registrationId,
			@RequestParam(name = SESSION, required = false) Long session, RedirectAttributes redirect) {
		boolean undone = session == null ? this.checkIns.undo(eventId, registrationId)
				: this.sessionCheckIns.undo(eventId, session, registrationId);
		if (undone) {
			redirect.addFlashAttribute("message", "attendance.undone");
		}
		return back(eventId, session);
	}

	private Arrivals arrivals(Long eventId, Long session, boolean audited, Model model) {
		model.addAttribute("event", this.checkIns.event(eventId));
		Arrivals arrivals;
		if (session == null) {
			arrivals = this.checkIns.arrivals(eventId, audited);
		}
		else {
			model.addAttribute("workshop", this.sessionCheckIns.session(eventId, session));
			arrivals = this.sessionCheckIns.arrivals(eventId, session, audited);
		}
		model.addAttribute("arrivals", arrivals);
		return arrivals;
	}

	static String back(Long eventId, Long session) {
		return "redirect:/admin/events/" + eventId + "/check-in" + (session == null ? "" : "?" + SESSION + "=" + session);
	}

	static String name(Principal principal) {
		return principal == null ? null : principal.getName();
	}

}
