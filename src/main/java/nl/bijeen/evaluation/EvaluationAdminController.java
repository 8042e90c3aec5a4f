package nl.bijeen.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;
import nl.bijeen.events.Event;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's evaluation page of an event: the questions (add, change, move up or down, delete; a default set in
 * one click), anonymity and the closing moment, opening the form, and "Nu versturen" for the invitations. Works
 * without JavaScript: every action is a form of its own; a question is changed on the same page ({@code ?bewerk=}).
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
class EvaluationAdminController {

	private final EvaluationForms forms;

	private final EvaluationInvitations invitations;

	private final EvaluationProperties properties;

	private final AuditLog audit;

	EvaluationAdminController(EvaluationForms forms, EvaluationInvitations invitations, EvaluationProperties properties,
			AuditLog audit) {
		this.forms = forms;
		this.invitations = invitations;
		this.properties = properties;
		this.audit = audit;
	}

	@GetMapping("/admin/events/{eventId}/evaluation")
	String page(@PathVariable Long eventId, @RequestParam(name = "bewerk", required = false) Long editing,
			Model model) {
		QuestionForm edit = null;
		if (editing != null) {
			edit = this.forms.find(eventId).flatMap(f -> this.forms.question(f.id(), editing)).map(QuestionForm::of)
				.orElse(null);
		}
		return show(eventId, new QuestionForm(), (edit != null) ? editing : null, edit, null, model);
	}

	@PostMapping("/admin/events/{eventId}/evaluation/defaults")
	String defaults(@PathVariable Long eventId, Locale locale, RedirectAttributes redirect) {
		return act(eventId, redirect, "evaluation.notice.defaults", () -> this.forms.addDefaults(eventId, locale));
	}

	@PostMapping("/admin/events/{eventId}/evaluation/questions")
	String add(@PathVariable Long eventId, @ModelAttribute("question") QuestionForm question, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		check(question, result);
		if (result.hasErrors()) {
			response.setStatus(422);
			return show(eventId, question, null, null, null, model);
		}
		return act(eventId, redirect, "evaluation.notice.added", () -> this.forms.add(eventId, question));
	}

	@PostMapping("/admin/events/{eventId}/evaluation/questions/{questionId}")
	String change(@PathVariable Long eventId, @PathVariable Long questionId,
			@ModelAttribute("edit") QuestionForm edit, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		check(edit, result);
		if (result.hasErrors()) {
			response.setStatus(422);
			return show(eventId, new QuestionForm(), questionId, edit, null, model);
		}
		try {
			this.forms.change(eventId, questionId, edit);
		}
		catch (EvaluationForms.Refused refused) {
			// Shown on the form as it was sent, so nothing typed is lost.
			result.reject(refused.getCode());
			response.setStatus(409);
			return show(eventId, new QuestionForm(), questionId, edit, null, model);
		}
		redirect.addFlashAttribute("notice", "evaluation.notice.changed");
		return "redirect:/admin/events/" + eventId + "/evaluation";
	}

	@PostMapping("/admin/events/{eventId}/evaluation/questions/{questionId}/delete")
	String delete(@PathVariable Long eventId, @PathVariable Long questionId, RedirectAttributes redirect) {
		return act(eventId, redirect, "evaluation.notice.deleted", () -> this.forms.delete(eventId, questionId));
	}

	@PostMapping("/admin/events/{eventId}/evaluation/questions/{questionId}/move")
	String move(@PathVariable Long eventId, @PathVariable Long questionId, @RequestParam String richting,
			RedirectAttributes redirect) {
		this.forms.move(eventId, questionId, "op".equals(richting));
		return "redirect:/admin/events/" + eventId + "/evaluation#vraag-" + questionId;
	}

	@PostMapping("/admin/events/{eventId}/evaluation/settings")
	String settings(@PathVariable Long eventId, @ModelAttribute("settings") SettingsForm settings,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Event event = this.forms.event(eventId);
		if (!result.hasFieldErrors("closesAt") && settings.getClosesAt() != null
				&& !settings.getClosesAt().isAfter(event.getEndsAt())) {
			result.rejectValue("closesAt", "evaluation.field.closesAt.afterEvent");
		}
		if (!result.hasErrors()) {
			try {
				this.forms.settings(eventId, settings.isAnonymous(), settings.getClosesAt());
				redirect.addFlashAttribute("notice", "evaluation.notice.settings");
				return "redirect:/admin/events/" + eventId + "/evaluation";
			}
			catch (EvaluationForms.Refused refused) {
				result.rejectValue("anonymous", refused.getCode());
			}
		}
		response.setStatus(422);
		return show(eventId, new QuestionForm(), null, null, settings, model);
	}

	@PostMapping("/admin/events/{eventId}/evaluation/open")
	String open(@PathVariable Long eventId, RedirectAttributes redirect) {
		return act(eventId, redirect, "evaluation.notice.opened", () -> this.forms.open(eventId));
	}

	@PostMapping("/admin/events/{eventId}/evaluation/send")
	String send(@PathVariable Long eventId, RedirectAttributes redirect) {
		int invited = this.invitations.invite(eventId);
		int reminded = this.invitations.remind(eventId);
		this.audit.record(AuditAction.PARTICIPANTS_EXPORTED, eventId, invited + " invited, " + reminded + " reminded",
				"evaluation mailed");
		redirect.addFlashAttribute("notice", "evaluation.notice.sent");
		redirect.addFlashAttribute("noticeCount", invited + reminded);
		return "redirect:/admin/events/" + eventId + "/evaluation";
	}

	private String act(Long eventId, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (EvaluationForms.Refused refused) {
			redirect.addFlashAttribute("error", refused.getCode());
		}
		return "redirect:/admin/events/" + eventId + "/evaluation";
	}

	private void check(QuestionForm q, BindingResult result) {
		if (q.getKind() == null) {
			if (!result.hasFieldErrors("kind")) {
				result.rejectValue("kind", "evaluation.field.kind.required");
			}
			return;
		}
		if (q.getText() == null || q.getText().isBlank()) {
			result.rejectValue("text", "evaluation.field.text.required");
		}
		else if (q.getText().strip().length() > 300) {
			result.rejectValue("text", "evaluation.field.text.tooLong", new Object[] { "300" }, null);
		}
		if (q.getKind() == QuestionKind.CHOICE) {
			List<String> options = Question.options(q.getOptions());
			if (options.size() < 2) {
				result.rejectValue("options", "evaluation.field.options.tooFew");
			}
			else if (options.size() > 20) {
				result.rejectValue("options", "evaluation.field.options.tooMany", new Object[] { "20" }, null);
			}
			else if (options.stream().anyMatch(o -> o.length() > 200)) {
				result.rejectValue("options", "evaluation.field.options.tooLong", new Object[] { "200" }, null);
			}
		}
		if (q.getKind() == QuestionKind.OPEN && !result.hasFieldErrors("maxLength") && q.getMaxLength() != null
				&& (q.getMaxLength() < 10 || q.getMaxLength() > this.properties.getMaxOpenLength())) {
			result.rejectValue("maxLength", "evaluation.field.maxLength.range",
					new Object[] { "10", Integer.toString(this.properties.getMaxOpenLength()) }, null);
		}
	}

	private String show(Long eventId, QuestionForm question, Long editing, QuestionForm edit, SettingsForm settings,
			Model model) {
		Event event = this.forms.event(eventId);
		Optional<EvaluationForm> form = this.forms.find(eventId);
		model.addAttribute("event", event);
		model.addAttribute("form", form.orElse(null));
		model.addAttribute("questions", form.map(f -> this.forms.questions(f.id())).orElse(List.of()));
		model.addAttribute("responses", form.map(f -> this.forms.responses(f.id())).orElse(0));
		model.addAttribute("counts", form.map(f -> this.invitations.counts(f.id()))
			.orElse(new EvaluationInvitations.Counts(0, 0, 0)));
		model.addAttribute("closesAt", form.map(f -> this.forms.closesAt(f, event))
			.orElse(event.getEndsAt().plus(this.properties.getCloseAfter())));
		model.addAttribute("ended", EvaluationForms.ended(event));
		model.addAttribute("closed", form.map(f -> this.forms.closed(f, event)).orElse(false));
		model.addAttribute("reminderDays", this.properties.getReminderAfter().getDays());
		model.addAttribute("maxOpenLength", this.properties.getMaxOpenLength());
		if (!model.containsAttribute("question")) {
			model.addAttribute("question", question);
		}
		model.addAttribute("editing", editing);
		if (edit != null && !model.containsAttribute("edit")) {
			model.addAttribute("edit", edit);
		}
		if (settings == null) {
			settings = new SettingsForm();
			settings.setAnonymous(form.map(EvaluationForm::anonymous).orElse(false));
			settings.setClosesAt(form.map(EvaluationForm::closesAt).orElse(null));
		}
		if (!model.containsAttribute("settings")) {
			model.addAttribute("settings", settings);
		}
		model.addAttribute("kinds", QuestionKind.values());
		return "evaluation/admin";
	}

}
