package nl.bijeen.registration.admin;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.registration.AccreditationRegister;
import nl.bijeen.registration.AccreditationRegisters;
import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationAnswers;
import nl.bijeen.registration.internal.RegistrationQuestion;
import nl.bijeen.registration.internal.RegistrationQuestions;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;

import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisers set how registration works for an event and which extra questions it asks.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
@RequestMapping("/admin/events/{eventId}/registration-settings")
class RegistrationSettingsController {

	private final EventCatalog events;

	private final RegistrationSettingsRepository settings;

	private final RegistrationQuestions questions;

	private final RegistrationAnswers answers;

	private final AccreditationRegisters registers;

	private final TransactionTemplate transactions;

	RegistrationSettingsController(EventCatalog events, RegistrationSettingsRepository settings,
			RegistrationQuestions questions, RegistrationAnswers answers, AccreditationRegisters registers,
			TransactionTemplate transactions) {
		this.registers = registers;
		this.transactions = transactions;
		this.events = events;
		this.settings = settings;
		this.questions = questions;
		this.answers = answers;
	}

	@GetMapping
	String show(@PathVariable Long eventId, Model model) {
		return page(event(eventId), form(eventId), new QuestionForm(), model);
	}

	@PostMapping
	String save(@PathVariable Long eventId, @ModelAttribute("settings") SettingsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Event event = event(eventId);
		form.validate(result, this.registers.all().stream().map(AccreditationRegister::code).collect(Collectors.toSet()));
		if (result.hasErrors()) {
			return page(event, form, new QuestionForm(), model);
		}
		RegistrationSettings current = this.settings.findById(eventId).orElse(null);
		this.transactions.executeWithoutResult(tx -> {
			this.settings.save(form.toSettings(eventId, current == null ? null : current.version()));
			this.registers.setPoints(eventId, form.getPointsByCode());
		});
		redirect.addFlashAttribute("message", "registration.settings.saved");
		return "redirect:/admin/events/" + eventId + "/registration-settings";
	}

	@PostMapping("/questions")
	String addQuestion(@PathVariable Long eventId, @ModelAttribute("question") QuestionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Event event = event(eventId);
		form.validate(result);
		if (result.hasErrors()) {
			return page(event, form(eventId), form, model);
		}
		this.questions.save(form.toQuestion(eventId));
		redirect.addFlashAttribute("message", "registration.settings.questionAdded");
		return "redirect:/admin/events/" + eventId + "/registration-settings";
	}

	@GetMapping("/questions/{questionId}")
	String editQuestion(@PathVariable Long eventId, @PathVariable Long questionId, Model model) {
		RegistrationQuestion question = question(eventId, questionId);
		return questionPage(event(eventId), question, QuestionForm.of(question), model);
	}

	/**
	 * Changes a question in place, so the answers already given stay attached to it. Its kind can only change
	 * while nobody has answered it.
	 */
	@PostMapping("/questions/{questionId}")
	String updateQuestion(@PathVariable Long eventId, @PathVariable Long questionId,
			@ModelAttribute("question") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Event event = event(eventId);
		RegistrationQuestion stored = question(eventId, questionId);
		form.validate(result);
		if (form.getKind() != null && form.getKind() != stored.kind() && this.answers.existsByQuestionId(questionId)) {
			result.rejectValue("kind", "registration.settings.question.kindAnswered");
		}
		if (result.hasErrors()) {
			return questionPage(event, stored, form, model);
		}
		try {
			this.questions.save(form.applyTo(stored));
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("registration.settings.question.stale");
			return questionPage(event, stored, form, model);
		}
		redirect.addFlashAttribute("message", "registration.settings.questionChanged");
		return "redirect:/admin/events/" + eventId + "/registration-settings";
	}

	@PostMapping("/questions/{questionId}/delete")
	String deleteQuestion(@PathVariable Long eventId, @PathVariable Long questionId, RedirectAttributes redirect) {
		this.questions.findById(questionId)
			.filter(q -> q.eventId().equals(eventId))
			.ifPresent(this.questions::delete);
		redirect.addFlashAttribute("message", "registration.settings.questionDeleted");
		return "redirect:/admin/events/" + eventId + "/registration-settings";
	}

	private String page(Event event, SettingsForm settingsForm, QuestionForm questionForm, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("settings", settingsForm);
		model.addAttribute("question", questionForm);
		model.addAttribute("questions", this.questions.findByEventIdOrderByPositionAscIdAsc(event.getId()));
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("registers", this.registers.all());
		return "registration/admin/settings";
	}

	private String questionPage(Event event, RegistrationQuestion stored, QuestionForm form, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("questionId", stored.id());
		model.addAttribute("question", form);
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("answered", this.answers.existsByQuestionId(stored.id()));
		return "registration/admin/question";
	}

	private RegistrationQuestion question(Long eventId, Long questionId) {
		return this.questions.findById(questionId)
			.filter(q -> q.eventId().equals(eventId))
			.orElseThrow(() -> new NotFoundException("No question " + questionId + " of event " + eventId));
	}

	private SettingsForm form(Long eventId) {
		return SettingsForm.of(this.settings.of(eventId),
				this.registers.all().stream().map(AccreditationRegister::code).toList(), this.registers.points(eventId));
	}

	private Event event(Long eventId) {
		return this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
	}

}
