package nl.bijeen.registration.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

import nl.bijeen.common.ConflictException;
import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.Attendees;
import nl.bijeen.registration.PersonalPageSection;
import nl.bijeen.registration.internal.PersonalCalendar;
import nl.bijeen.registration.internal.PersonalCalendars;
import nl.bijeen.registration.internal.PersonalRegistrations;
import nl.bijeen.registration.internal.PersonalView;
import nl.bijeen.registration.internal.RegistrationRejected;
import nl.bijeen.web.BijeenProperties;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The participant's personal page behind the link from the mail: view, correct one's details, change
 * sessions, accept an offer, cancel (with a confirmation step), download the calendar file. Without a
 * server session: its forms carry a signed token, and the message after an action travels in the address
 * it leads back to ({@link PersonalNotices}), not in a session's flash attributes.
 */
@Controller
@RequestMapping("/aanmelding/{token}")
class PersonalLinkController {

	private final PersonalRegistrations personal;

	private final PersonalCalendars calendars;

	private final BijeenProperties site;

	private final Attendees attendees;

	private final List<PersonalPageSection> sections;

	PersonalLinkController(PersonalRegistrations personal, PersonalCalendars calendars, BijeenProperties site,
			Attendees attendees, List<PersonalPageSection> sections) {
		this.personal = personal;
		this.calendars = calendars;
		this.site = site;
		this.attendees = attendees;
		this.sections = sections;
	}

	@GetMapping
	String view(@PathVariable String token, @RequestParam(name = PersonalNotices.DONE, required = false) String done,
			@RequestParam(name = PersonalNotices.FAILED, required = false) String failed, Model model) {
		PersonalNotices.show(done, failed, model);
		PersonalView view = this.personal.view(token);
		model.addAttribute("detailsForm", DetailsForm.of(this.personal.details(view.registration())));
		return show(token, view, model);
	}

	@PostMapping("/gegevens")
	String correct(@PathVariable String token, @ModelAttribute("detailsForm") DetailsForm detailsForm,
			BindingResult result, Model model, HttpServletResponse response) {
		try {
			this.personal.correct(token, detailsForm.toChange());
			return PersonalNotices.done(token, "registration.details.saved");
		}
		catch (RegistrationRejected ex) {
			FormErrors.add(ex, result);
		}
		catch (ConflictException ex) {
			model.addAttribute("error", ex.getCode());
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return show(token, this.personal.view(token), model);
	}

	private String show(String token, PersonalView view, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("token", token);
		model.addAttribute("questions", this.personal.questions(view.event().getId()));
		Long id = view.registration().id();
		Attendee attendee = this.attendees.find(view.event().getId(), id).orElse(null);
		model.addAttribute("sections",
				this.sections.stream().flatMap(s -> s.of(id, attendee).stream()).toList());
		return "registration/personal";
	}

	@PostMapping("/keuze")
	String change(@PathVariable String token, @RequestParam Long partId,
			@RequestParam(required = false) Long sessionId) {
		try {
			if (sessionId == null) {
				throw new RegistrationRejected(new nl.bijeen.registration.internal.Problem("choices[" + partId + "]",
						"registration.error.session.required"));
			}
			this.personal.change(token, partId, sessionId);
			return PersonalNotices.done(token, "registration.personal.changed");
		}
		catch (RegistrationRejected ex) {
			return PersonalNotices.failed(token, ex.problems().get(0).code());
		}
		catch (ConflictException ex) {
			return PersonalNotices.failed(token, ex.getCode());
		}
	}

	@PostMapping("/aanbod-accepteren")
	String acceptOffer(@PathVariable String token) {
		try {
			this.personal.acceptOffer(token);
			return PersonalNotices.done(token, "registration.personal.offerAccepted");
		}
		catch (ConflictException ex) {
			return PersonalNotices.failed(token, ex.getCode());
		}
	}

	@GetMapping("/annuleren")
	String confirmCancel(@PathVariable String token, Model model) {
		model.addAttribute("view", this.personal.view(token));
		model.addAttribute("token", token);
		return "registration/cancel";
	}

	@PostMapping("/annuleren")
	String cancel(@PathVariable String token) {
		try {
			this.personal.cancel(token);
			return PersonalNotices.done(token, "registration.personal.cancelled");
		}
		catch (ConflictException ex) {
			return PersonalNotices.failed(token, ex.getCode());
		}
	}

	@GetMapping("/agenda.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String token) {
		byte[] ics = this.calendars.of(token, this.site.getBaseUrl() + "/aanmelding/" + token);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(PersonalCalendar.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("aanmelding.ics").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(ics);
	}

}
