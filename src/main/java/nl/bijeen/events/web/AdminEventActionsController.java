package nl.bijeen.events.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.time.LocalDate;
import java.util.function.Supplier;

import nl.bijeen.common.ConflictException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventEditor;
import nl.bijeen.events.InvalidEventException;
import nl.bijeen.events.Postponement;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons on an event's page: publish, unpublish, cancel, postpone, duplicate and delete a draft. Each
 * answers with a redirect and a message. Cancelling and postponing are confirmed first
 * ({@link EventConfirmationController}), with an optional personal message for the participants.
 */
@Guard(value = Need.EVENT, id = "id")
@Controller
@RequestMapping("/admin/events/{id}")
class AdminEventActionsController {

	private final EventEditor editor;

	AdminEventActionsController(EventEditor editor) {
		this.editor = editor;
	}

	@PostMapping("/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "event.published", () -> this.editor.publish(id));
	}

	@PostMapping("/unpublish")
	String unpublish(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "event.unpublished", () -> this.editor.unpublish(id));
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) String message, RedirectAttributes redirect) {
		return act(id, redirect, "event.cancelled", () -> this.editor.cancel(id, message));
	}

	@PostMapping("/postpone")
	String postpone(@PathVariable long id, @ModelAttribute PostponeForm form, BindingResult binding,
			RedirectAttributes redirect) {
		Postponement postponement = binding.hasErrors() ? null : form.toPostponement();
		if (postponement == null) {
			redirect.addFlashAttribute("error", "event.postpone.incomplete");
			return "redirect:/admin/events/" + id;
		}
		return act(id, redirect, "event.postponed", () -> this.editor.postpone(id, postponement, form.getMessage()));
	}

	@PostMapping("/duplicate")
	String duplicate(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newStartDate,
			RedirectAttributes redirect) {
		if (newStartDate == null) {
			redirect.addFlashAttribute("error", "event.duplicate.dateRequired");
			return "redirect:/admin/events/" + id;
		}
		Event copy = this.editor.duplicate(id, newStartDate);
		redirect.addFlashAttribute("message", "event.duplicated");
		return "redirect:/admin/events/" + copy.getId() + "/edit";
	}

	@PostMapping("/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.editor.deleteDraft(id);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
			return "redirect:/admin/events/" + id;
		}
		redirect.addFlashAttribute("message", "event.deleted");
		return "redirect:/admin/events";
	}

	private static String act(long id, RedirectAttributes redirect, String success, Supplier<Event> action) {
		try {
			action.get();
			redirect.addFlashAttribute("message", success);
		}
		catch (InvalidEventException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).code());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "event.stale");
		}
		return "redirect:/admin/events/" + id;
	}

}
