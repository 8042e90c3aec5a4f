package nl.bijeen.attendance.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.attendance.WalkInCheckIns;
import nl.bijeen.registration.WalkIn;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Ter plekke aanmelden" on the check-in screen: registers a walk-in when there is room and checks them in.
 * Full, closed or badly filled in: the check-in screen again with the message (field errors: 422, full or
 * closed: 409).
 */
@Guard(value = Need.CHECK_IN, id = "eventId")
@Controller
class WalkInController {

	private final WalkInCheckIns walkIns;

	private final CheckInController screen;

	WalkInController(WalkInCheckIns walkIns, CheckInController screen) {
		this.walkIns = walkIns;
		this.screen = screen;
	}

	@PostMapping("/admin/events/{eventId}/check-in/walk-in")
	String register(@PathVariable Long eventId,
			@RequestParam(name = CheckInController.SESSION, required = false) Long session,
			@ModelAttribute("walkIn") WalkInForm form, BindingResult result, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		WalkInCheckIns.Result outcome = this.walkIns.register(eventId, session, form.getName(), form.getEmail(),
				form.getOrganisation(), form.getChoices(), CheckInController.name(principal));
		WalkIn walkIn = outcome.walkIn();
		switch (walkIn.outcome()) {
			case REGISTERED, ALREADY_PLACED -> {
				redirect.addFlashAttribute("checkIn", outcome.checkIn());
				if (walkIn.outcome() == WalkIn.Outcome.ALREADY_PLACED) {
					redirect.addFlashAttribute("message", "attendance.walkIn.known");
				}
				return CheckInController.back(eventId, session);
			}
			case INVALID -> {
				walkIn.problems().forEach(p -> {
					if (p.field() == null || !p.field().matches("name|email|organisation|choices\\[\\d+]")) {
						result.reject(p.code());
					}
					else {
						result.rejectValue(p.field(), p.code());
					}
				});
				response.setStatus(422);
			}
			default -> {
				result.reject("attendance.walkIn." + walkIn.outcome().name().toLowerCase(java.util.Locale.ROOT));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		return this.screen.show(eventId, null, session, model);
	}

}
