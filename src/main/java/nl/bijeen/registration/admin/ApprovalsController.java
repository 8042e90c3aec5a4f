package nl.bijeen.registration.admin;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.util.List;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.registration.internal.Approvals;
import nl.bijeen.registration.internal.Registration;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.internal.Registrations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisers approve or reject the registrations of an event that asks for approval.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
@RequestMapping("/admin/events/{eventId}/approvals")
class ApprovalsController {

	private final EventCatalog events;

	private final Registrations registrations;

	private final Approvals approvals;

	private final AuditLog audit;

	ApprovalsController(EventCatalog events, Registrations registrations, Approvals approvals, AuditLog audit) {
		this.events = events;
		this.registrations = registrations;
		this.approvals = approvals;
		this.audit = audit;
	}

	@GetMapping
	String list(@PathVariable Long eventId, Model model) {
		Event event = this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
		List<Registration> pending = this.registrations.findByEventIdOrderByCreatedAtAscIdAsc(eventId)
			.stream()
			.filter(r -> r.status() == RegistrationStatus.PENDING_APPROVAL)
			.toList();
		this.audit.record(AuditAction.PARTICIPANTS_VIEWED, eventId, null, "approvals");
		model.addAttribute("event", event);
		model.addAttribute("pending", pending);
		return "registration/admin/approvals";
	}

	@PostMapping("/{registrationId}/approve")
	String approve(@PathVariable Long eventId, @PathVariable Long registrationId, RedirectAttributes redirect) {
		ofEvent(eventId, registrationId);
		try {
			this.approvals.approve(registrationId);
			this.audit.record(AuditAction.PARTICIPANT_CHANGED, eventId, "registration " + registrationId, "approve");
			redirect.addFlashAttribute("message", "registration.approvals.approved");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", "registration.error.notPending");
		}
		return "redirect:/admin/events/" + eventId + "/approvals";
	}

	@PostMapping("/{registrationId}/reject")
	String reject(@PathVariable Long eventId, @PathVariable Long registrationId, RedirectAttributes redirect) {
		ofEvent(eventId, registrationId);
		try {
			this.approvals.reject(registrationId);
			this.audit.record(AuditAction.PARTICIPANT_CHANGED, eventId, "registration " + registrationId, "reject");
			redirect.addFlashAttribute("message", "registration.approvals.rejected");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/admin/events/" + eventId + "/approvals";
	}

	private void ofEvent(Long eventId, Long registrationId) {
		this.registrations.findById(registrationId)
			.filter(r -> r.eventId().equals(eventId))
			.orElseThrow(() -> new NotFoundException("No registration " + registrationId + " for event " + eventId));
	}

}
