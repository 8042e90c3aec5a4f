package nl.bijeen.badges;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;
import nl.bijeen.registration.PlaceSelection;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Badges and presence lists of an event as PDF, for everyone with a place or one session's participants; badges
 * also for a search of the participant list ({@code q}) or the registrations ticked on it ({@code id}, with
 * {@code chosen=true}). Both are recorded in the audit log as an export of participants' data.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
class BadgesController {

	/** Most registrations that can be ticked for badges at once (a page of the list holds 50). */
	static final int MAX_CHOSEN = 1000;

	private final Printouts printouts;

	private final AuditLog audit;

	BadgesController(Printouts printouts, AuditLog audit) {
		this.printouts = printouts;
		this.audit = audit;
	}

	@GetMapping("/admin/events/{eventId}/badges.pdf")
	void badges(@PathVariable Long eventId, @RequestParam(required = false) Long session,
			@RequestParam(required = false) String q, @RequestParam(name = "id", required = false) List<Long> ids,
			@RequestParam(defaultValue = "false") boolean chosen, Locale locale, HttpServletResponse response)
			throws IOException {
		if (ids != null && ids.size() > MAX_CHOSEN) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "At most " + MAX_CHOSEN + " registrations");
		}
		Occasion occasion = this.printouts.occasion(eventId, session);
		PlaceSelection selection = occasion.selection().matching(q);
		if (chosen || ids != null) {
			selection = selection.limitedTo((ids == null) ? List.of() : ids);
		}
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, eventId, subject(session, selection), "badges pdf");
		String filename = this.printouts.filename(occasion, "badges", locale);
		this.printouts.badges(occasion, selection, locale, () -> start(response, filename));
		response.flushBuffer();
	}

	@GetMapping("/admin/events/{eventId}/presence-list.pdf")
	void presenceList(@PathVariable Long eventId, @RequestParam(required = false) Long session, Locale locale,
			HttpServletResponse response) throws IOException {
		Occasion occasion = this.printouts.occasion(eventId, session);
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, eventId, subject(session, occasion.selection()),
				"presence list pdf");
		String filename = this.printouts.filename(occasion, "presence", locale);
		this.printouts.presenceList(occasion, locale, () -> start(response, filename));
		response.flushBuffer();
	}

	private static String subject(Long session, PlaceSelection selection) {
		if (session != null) {
			return "session " + session;
		}
		if (selection.registrationIds() != null) {
			return selection.registrationIds().size() + " chosen";
		}
		return null;
	}

	private static OutputStream start(HttpServletResponse response, String filename) throws IOException {
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return response.getOutputStream();
	}

}
