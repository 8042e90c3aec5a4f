package nl.bijeen.attendance.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.attendance.Arrivals;
import nl.bijeen.attendance.CheckIn;
import nl.bijeen.attendance.CheckIns;
import nl.bijeen.attendance.UnknownCode;

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
 * arrivals counter, the list of who has not arrived, and undo. Plain forms; each action redirects back.
 */
@Guard(value = Need.CHECK_IN, id = "eventId")
@Controller
@RequestMapping("/admin/events/{eventId}/check-in")
class CheckInController {

	private final CheckIns checkIns;

	CheckInController(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@GetMapping
	String show(@PathVariable Long eventId, @RequestParam(required = false) String q, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CheckInForm());
		}
		Arrivals arrivals = this.checkIns.arrivals(eventId);
		model.addAttribute("event", this.checkIns.event(eventId));
		model.addAttribute("arrivals", arrivals);
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			String needle = q.strip().toLowerCase(Locale.ROOT);
			model.addAttribute("found", arrivals.all().stream()
				.filter(a -> a.attendee().name().toLowerCase(Locale.ROOT).contains(needle)).toList());
		}
		return "attendance/check-in";
	}

	@PostMapping
	String byCode(@PathVariable Long eventId, @ModelAttribute("form") CheckInForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			redirect.addFlashAttribute("checkIn", this.checkIns.byCode(eventId, form.getCode(), name(principal)));
			return "redirect:/admin/events/" + eventId + "/check-in";
		}
		catch (UnknownCode ex) {
			result.rejectValue("code", "attendance.error.unknownCode");
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return show(eventId, null, model);
		}
	}

	@PostMapping("/{registrationId}")
	String byName(@PathVariable Long eventId, @PathVariable Long registrationId, Principal principal,
			RedirectAttributes redirect) {
		CheckIn checkIn = this.checkIns.byRegistration(eventId, registrationId, name(principal));
		redirect.addFlashAttribute("checkIn", checkIn);
		return "redirect:/admin/events/" + eventId + "/check-in";
	}

	@PostMapping("/{registrationId}/undo")
	String undo(@PathVariable Long eventId, @PathVariable Long registrationId, RedirectAttributes redirect) {
		if (this.checkIns.undo(eventId, registrationId)) {
			redirect.addFlashAttribute("message", "attendance.undone");
		}
		return "redirect:/admin/events/" + eventId + "/check-in";
	}

	private static String name(Principal principal) {
		return principal == null ? null : principal.getName();
	}

}
