package nl.bijeen.registration.admin;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.util.List;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.RegistrationCounter;
import nl.bijeen.registration.RegistrationCounts;
import nl.bijeen.registration.internal.ChoiceStatus;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.internal.Round;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisers' registration workbench of one event: counts, the participant list with search, filter,
 * order and pages, the waiting list, and per session its participants and waiting list; every list a page at a
 * time, so an event with a hundred thousand registrations is never read whole for one screen.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
@RequestMapping("/admin/events/{eventId}/registrations")
class RegistrationAdminController {

	private final Participants participants;

	private final RegistrationCounter counter;

	private final AuditLog audit;

	RegistrationAdminController(Participants participants, RegistrationCounter counter, AuditLog audit) {
		this.participants = participants;
		this.counter = counter;
		this.audit = audit;
	}

	@GetMapping
	String list(@PathVariable Long eventId, @ModelAttribute("search") ParticipantSearch search, Model model) {
		Columns columns = this.participants.columns(eventId);
		ParticipantCriteria criteria = search.toCriteria(eventId, ParticipantCriteria.PAGE_SIZE);
		this.audit.record(AuditAction.PARTICIPANTS_VIEWED, eventId, null, null);
		model.addAttribute("columns", columns);
		model.addAttribute("event", columns.event());
		RegistrationCounts counts = this.counter.of(eventId);
		model.addAttribute("counts", counts);
		model.addAttribute("result", this.participants.page(criteria, columns, knownTotal(criteria, counts)));
		model.addAttribute("criteria", criteria);
		model.addAttribute("waiting", this.participants.page(ParticipantCriteria.waitingList(eventId)
			.onPage(search.waitingPage(), ParticipantCriteria.PAGE_SIZE), columns, (long) counts.waitlisted()));
		model.addAttribute("statuses", RegistrationStatus.values());
		model.addAttribute("sorts", List.of(ParticipantSort.NAME, ParticipantSort.NEWEST, ParticipantSort.OLDEST));
		return "registration/admin/list";
	}

	@GetMapping("/sessions/{sessionId}")
	String session(@PathVariable Long eventId, @PathVariable Long sessionId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int wpage, Model model) {
		Columns columns = this.participants.columns(eventId);
		Round round = roundOf(columns, sessionId);
		this.audit.record(AuditAction.PARTICIPANTS_VIEWED, eventId, "session " + sessionId, null);
		Session session = round.session(sessionId).orElseThrow();
		model.addAttribute("columns", columns);
		model.addAttribute("event", columns.event());
		model.addAttribute("round", round);
		model.addAttribute("workshop", session);
		model.addAttribute("others", round.sessions().stream().filter(s -> !s.id().equals(sessionId)).toList());
		model.addAttribute("places", this.counter.of(eventId).places().session(sessionId));
		model.addAttribute("seated", this.participants.page(ParticipantCriteria
			.inSession(eventId, sessionId, ChoiceStatus.CONFIRMED)
			.onPage(page, ParticipantCriteria.PAGE_SIZE), columns));
		model.addAttribute("waiting", this.participants.page(ParticipantCriteria
			.inSession(eventId, sessionId, ChoiceStatus.WAITLISTED)
			.onPage(wpage, ParticipantCriteria.PAGE_SIZE), columns));
		return "registration/admin/session";
	}

	/**
	 * The number of matches as the counts per status give it, when the list is filtered by status at most.
	 */
	static Long knownTotal(ParticipantCriteria criteria, RegistrationCounts counts) {
		if (criteria.search() != null || criteria.sessionId() != null) {
			return null;
		}
		if (criteria.status() == null) {
			return (long) counts.active() + counts.cancelled() + counts.rejected();
		}
		return (long) switch (criteria.status()) {
			case CONFIRMED -> counts.confirmed();
			case WAITLISTED -> counts.waitlisted();
			case PENDING_APPROVAL -> counts.pendingApproval();
			case OFFERED -> counts.offered();
			case CANCELLED -> counts.cancelled();
			case REJECTED -> counts.rejected();
		};
	}

	static Round roundOf(Columns columns, Long sessionId) {
		return columns.rounds()
			.stream()
			.filter(r -> r.session(sessionId).isPresent())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No session " + sessionId + " in event " + columns.event().getId()));
	}

}
