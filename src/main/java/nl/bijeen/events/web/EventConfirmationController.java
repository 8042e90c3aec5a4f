package nl.bijeen.events.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.events.EventEditor;
import nl.bijeen.events.Postponement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asks the organiser to confirm cancelling or postponing an event: the page says how many participants
 * will be mailed and takes an optional personal message; the confirmed form posts to
 * {@link AdminEventActionsController}.
 */
@Guard(value = Need.EVENT, id = "id")
@Controller
@RequestMapping("/admin/events/{id}")
class EventConfirmationController {

	private final EventEditor editor;

	EventConfirmationController(EventEditor editor) {
		this.editor = editor;
	}

	@GetMapping("/cancel")
	String cancel(@PathVariable long id, Model model) {
		model.addAttribute("event", this.editor.get(id));
		model.addAttribute("action", "cancel");
		model.addAttribute("confirmForm", new PostponeForm());
		return "admin/events/confirm";
	}

	@GetMapping("/postpone")
	String postpone(@PathVariable long id, @ModelAttribute("confirmForm") PostponeForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Postponement postponement = binding.hasErrors() ? null : form.toPostponement();
		if (postponement == null) {
			redirect.addFlashAttribute("error", "event.postpone.incomplete");
			return "redirect:/admin/events/" + id;
		}
		model.addAttribute("event", this.editor.get(id));
		model.addAttribute("action", "postpone");
		model.addAttribute("postponement", postponement);
		return "admin/events/confirm";
	}

}
