package nl.bijeen.programme.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.util.List;

import nl.bijeen.common.ConflictException;
import nl.bijeen.events.Event;
import nl.bijeen.programme.InvalidProgrammeException;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammeEditor;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.TimetablePart;

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
 * Adding, changing and deleting programme parts.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
@RequestMapping(ProgrammeAdminSupport.BASE + "/parts")
class PartAdminController {

	private final ProgrammeAdminSupport support;

	private final ProgrammeEditor editor;

	private final SessionRemovalScreens removals;

	PartAdminController(ProgrammeAdminSupport support, ProgrammeEditor editor, SessionRemovalScreens removals) {
		this.support = support;
		this.editor = editor;
		this.removals = removals;
	}

	@GetMapping("/new")
	String newPart(@PathVariable long eventId, Model model) {
		Event event = this.support.event(eventId);
		model.addAttribute("partForm", PartForm.on(event));
		return form(event, null, model);
	}

	@PostMapping
	String create(@PathVariable long eventId, @ModelAttribute PartForm partForm, BindingResult binding, Model model,
			RedirectAttributes flash) {
		Event event = this.support.event(eventId);
		if (binding.hasErrors()) {
			return form(event, null, model);
		}
		try {
			ProgrammePart part = this.editor.addPart(eventId, partForm.toDetails());
			flash.addFlashAttribute(Notice.FLASH, List.of(Notice.success("programme.admin.partAdded", part.title())));
			return ProgrammeAdminSupport.overview(eventId);
		}
		catch (InvalidProgrammeException ex) {
			FormErrors.apply(ex, binding);
			return form(event, null, model);
		}
	}

	@GetMapping("/{partId}/edit")
	String edit(@PathVariable long eventId, @PathVariable long partId, Model model) {
		TimetablePart part = this.support.part(eventId, partId);
		PartForm form = PartForm.of(part);
		form.setVersion(this.support.versionOfPart(partId));
		model.addAttribute("partForm", form);
		return form(this.support.event(eventId), part, model);
	}

	@PostMapping("/{partId}")
	String update(@PathVariable long eventId, @PathVariable long partId, @ModelAttribute PartForm partForm,
			BindingResult binding, Model model, RedirectAttributes flash) {
		TimetablePart part = this.support.part(eventId, partId);
		Event event = this.support.event(eventId);
		if (binding.hasErrors()) {
			return form(event, part, model);
		}
		try {
			ProgrammePart saved = this.editor.updatePart(eventId, partId, partForm.toDetails(), partForm.getVersion());
			flash.addFlashAttribute(Notice.FLASH, List.of(Notice.success("programme.admin.partSaved", saved.title())));
			return ProgrammeAdminSupport.overview(eventId);
		}
		catch (InvalidProgrammeException ex) {
			FormErrors.apply(ex, binding);
			return form(event, part, model);
		}
		catch (ConflictException ex) {
			binding.reject(ex.getCode());
			partForm.setVersion(this.support.versionOfPart(partId));
			return form(event, part, model);
		}
	}

	@GetMapping("/{partId}/delete")
	String confirmDelete(@PathVariable long eventId, @PathVariable long partId, Model model) {
		model.addAttribute("event", this.support.event(eventId));
		TimetablePart part = this.support.part(eventId, partId);
		model.addAttribute("part", part);
		this.removals.roundScreen(part, model);
		return "programme/admin/part-delete";
	}

	@PostMapping("/{partId}/delete")
	String delete(@PathVariable long eventId, @PathVariable long partId, RedirectAttributes flash) {
		TimetablePart part = this.support.part(eventId, partId);
		try {
			this.editor.deletePart(eventId, partId);
			flash.addFlashAttribute(Notice.FLASH, List.of(Notice.success("programme.admin.partDeleted", part.title())));
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute(Notice.FLASH, List.of(Notice.error(ex.getCode())));
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			// Someone's registration changed while their session was being removed: nothing was removed.
			flash.addFlashAttribute(Notice.FLASH, List.of(Notice.error("programme.admin.removal.changedMeanwhile")));
		}
		return ProgrammeAdminSupport.overview(eventId);
	}

	private String form(Event event, TimetablePart part, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("part", part);
		model.addAttribute("days", ProgrammeAdminSupport.days(event));
		model.addAttribute("kinds", PartKind.values());
		return "programme/admin/part-form";
	}

}
