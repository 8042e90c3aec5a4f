package nl.bijeen.registration.admin;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.common.ConflictException;
import nl.bijeen.registration.internal.RegistrationRejected;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' actions on one registration (POST with CSRF; cancelling and rejecting first ask for
 * confirmation on a page of their own). Each action ends with a message on the page it came from.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
@RequestMapping("/admin/events/{eventId}/registrations/{registrationId}")
class RegistrationActionsController {

	private final OrganiserActions actions;

	private final AuditLog audit;

	RegistrationActionsController(OrganiserActions actions, AuditLog audit) {
		this.actions = actions;
		this.audit = audit;
	}

	@GetMapping({ "/cancel", "/reject" })
	String confirm(@PathVariable Long eventId, @PathVariable Long registrationId,
			@RequestParam(required = false) Long from, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("registration", this.actions.registration(eventId, registrationId));
		model.addAttribute("eventId", eventId);
		model.addAttribute("from", from);
		model.addAttribute("action", request.getRequestURI().endsWith("/reject") ? "reject" : "cancel");
		return "registration/admin/confirm";
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable Long eventId, @PathVariable Long registrationId,
			@RequestParam(required = false) Long from, RedirectAttributes redirect) {
		return run(() -> this.actions.cancel(eventId, registrationId), "registration.admin.cancel.done", eventId,
				registrationId, from, redirect);
	}

	@PostMapping("/move")
	String move(@PathVariable Long eventId, @PathVariable Long registrationId, @RequestParam Long partId,
			@RequestParam(required = false) Long sessionId, @RequestParam(required = false) Long from,
			RedirectAttributes redirect) {
		return run(() -> {
			if (sessionId == null) {
				throw new ConflictException("registration.admin.move.chooseSession", "No session chosen");
			}
			this.actions.move(eventId, registrationId, partId, sessionId);
		}, "registration.admin.move.done", eventId, registrationId, from, redirect);
	}

	@PostMapping("/approve")
	String approve(@PathVariable Long eventId, @PathVariable Long registrationId,
			@RequestParam(required = false) Long from, RedirectAttributes redirect) {
		return run(() -> this.actions.approve(eventId, registrationId), "registration.admin.approve.done", eventId,
				registrationId, from, redirect);
	}

	@PostMapping("/reject")
	String reject(@PathVariable Long eventId, @PathVariable Long registrationId,
			@RequestParam(required = false) Long from, RedirectAttributes redirect) {
		return run(() -> this.actions.reject(eventId, registrationId), "registration.admin.reject.done", eventId,
				registrationId, from, redirect);
	}

	@PostMapping("/promote")
	String promote(@PathVariable Long eventId, @PathVariable Long registrationId,
			@RequestParam(required = false) Long sessionId, @RequestParam(required = false) Long from,
			RedirectAttributes redirect) {
		return run(() -> this.actions.promote(eventId, registrationId, sessionId), "registration.admin.promote.done",
				eventId, registrationId, from, redirect);
	}

	private String run(Runnable action, String done, Long eventId, Long registrationId, Long from,
			RedirectAttributes redirect) {
		String name = this.actions.registration(eventId, registrationId).name();
		try {
			action.run();
			this.audit.record(done.contains(".cancel.") ? AuditAction.PARTICIPANT_CANCELLED : AuditAction.PARTICIPANT_CHANGED,
					eventId, "registration " + registrationId, done.replace("registration.admin.", "").replace(".done", ""));
			redirect.addFlashAttribute("notice", done);
		}
		catch (RegistrationRejected ex) {
			redirect.addFlashAttribute("error", ex.isConflict() ? "registration.admin.move.full"
					: "registration.admin.move.unknownSession");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		catch (DataAccessException ex) {
			redirect.addFlashAttribute("error", "registration.admin.tryAgain");
		}
		redirect.addFlashAttribute("noticeName", name);
		return from == null ? "redirect:/admin/events/" + eventId + "/registrations"
				: "redirect:/admin/events/" + eventId + "/registrations/sessions/" + from;
	}

}
