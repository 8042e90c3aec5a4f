package nl.bijeen.evaluation;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.Attendees;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The participant's evaluation form behind the personal link in the mail ({@code /evaluatie/{token}}): no account, no
 * session and no JavaScript needed (a signed form token in place of a session), answered once, field errors on the
 * form, a thank-you page, and a clear page once the form is closed or answered. The personal page's link
 * ({@code /aanmelding/{token}/evaluatie}) leads to a fresh link of its own.
 */
@Controller
class EvaluationPublicController {

	private final EvaluationLinks links;

	private final EvaluationInvitations invitations;

	private final EvaluationForms forms;

	private final EvaluationResponses responses;

	private final Attendees attendees;

	EvaluationPublicController(EvaluationLinks links, EvaluationInvitations invitations, EvaluationForms forms,
			EvaluationResponses responses, Attendees attendees) {
		this.links = links;
		this.invitations = invitations;
		this.forms = forms;
		this.responses = responses;
		this.attendees = attendees;
	}

	@GetMapping("/evaluatie/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		Visit visit = visit(token, response);
		return show(visit, Map.of(), new MapBindingResult(new java.util.HashMap<>(), "answers"), model);
	}

	@PostMapping("/evaluatie/{token}")
	String send(@PathVariable String token, HttpServletRequest request, Model model, HttpServletResponse response) {
		Visit visit = visit(token, response);
		if (visit.invitation().answered() || visit.closed()) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(visit, Map.of(), new MapBindingResult(new java.util.HashMap<>(), "answers"), model);
		}
		Map<String, List<String>> given = EvaluationResponses.given(visit.questions(), request.getParameterMap());
		MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(given), "answers");
		EvaluationResponses.problems(visit.questions(), given)
			.forEach(p -> errors.rejectValue(p.field(), p.code(), p.args(), p.code()));
		if (errors.hasErrors()) {
			response.setStatus(422);
			return show(visit, given, errors, model);
		}
		if (this.responses.save(visit.form(), visit.invitation(), visit.questions(),
				given) == EvaluationResponses.Outcome.ALREADY_ANSWERED) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("already", true);
			return show(visit, Map.of(), new MapBindingResult(new java.util.HashMap<>(), "answers"), model);
		}
		return "redirect:/evaluatie/" + token + "/bedankt";
	}

	@GetMapping("/evaluatie/{token}/bedankt")
	String thanks(@PathVariable String token, Model model, HttpServletResponse response) {
		Visit visit = visit(token, response);
		model.addAttribute("event", visit.event());
		return "evaluation/thanks";
	}

	@GetMapping("/aanmelding/{token}/evaluatie")
	String fromPersonalPage(@PathVariable String token, HttpServletResponse response) {
		Attendee attendee = this.attendees.byToken(token).orElseThrow(() -> new NotFoundException("No place"));
		EvaluationInvitations.Invitation invitation = this.invitations.of(attendee.eventId(), attendee.registrationId())
			.filter(i -> i.invitedAt() != null).orElseThrow(() -> new NotFoundException("Not invited"));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return "redirect:/evaluatie/" + this.links.issue(invitation.id());
	}

	private Visit visit(String token, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		EvaluationInvitations.Invitation invitation = this.links.invitation(token).flatMap(this.invitations::find)
			.orElseThrow(() -> new NotFoundException("No evaluation link"));
		EvaluationForm form = this.forms.byId(invitation.formId()).orElseThrow(() -> new NotFoundException("No form"));
		Event event = this.forms.event(form.eventId());
		return new Visit(token, invitation, form, event, this.forms.questions(form.id()),
				!form.open() || this.forms.closed(form, event));
	}

	private String show(Visit visit, Map<String, List<String>> given, BindingResult errors, Model model) {
		model.addAttribute("event", visit.event());
		model.addAttribute("token", visit.token());
		model.addAttribute("form", visit.form());
		model.addAttribute("questions", visit.questions());
		model.addAttribute("given", given);
		model.addAttribute("answers", errors.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "answers", errors);
		model.addAttribute("answered", visit.invitation().answered());
		if (!model.containsAttribute("already")) {
			model.addAttribute("already", false);
		}
		model.addAttribute("closed", visit.closed());
		model.addAttribute("closesAt", this.forms.closesAt(visit.form(), visit.event()));
		return "evaluation/form";
	}

	private record Visit(String token, EvaluationInvitations.Invitation invitation, EvaluationForm form, Event event,
			List<Question> questions, boolean closed) {
	}

}
